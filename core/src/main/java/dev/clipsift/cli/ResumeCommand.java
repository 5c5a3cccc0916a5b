package dev.clipsift.cli;

import dev.clipsift.run.CurationRun;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "resume",
        mixinStandardHelpOptions = true,
        description = {
            "Continue a run that was stopped or killed, with the settings saved in OUT/config.json.",
            "OUT: the run's output folder or s3://BUCKET/PREFIX; give the same S3 options",
            "as the run (they are not saved). For s3:// the uploaded videos are read back",
            "from OUT and not redone, even with an empty staging folder.",
            "Videos already done are skipped, leftover temp files are removed; the result is what an uninterrupted run writes.",
            "A run stopped by a full disk or an I/O error continues where it stopped; --retry-failed also retries the",
            "videos and clips that failed (for any reason) in earlier sessions.",
            "Exit code: 0 all videos fine, 2 some videos or clips failed (see OUT/summary.json), 3 OUT (or this",
            "shard of it) is in use by another run, 1 usage or internal error."
        })
final class ResumeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT", description = "The run's output folder or s3:// prefix.")
    String output;

    @Option(names = "--retry-failed", description = "Also retry videos and clips that failed in earlier sessions.")
    boolean retryFailed;

    @Mixin
    RunSession.Options session;

    @Mixin
    ShardOption shard;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        session.retryFailed = retryFailed;
        session.part = shard.part;
        return RunSession.execute(spec, output, session, CurationRun::submitResume);
    }
}
