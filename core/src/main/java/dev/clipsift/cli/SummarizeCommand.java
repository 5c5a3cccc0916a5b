package dev.clipsift.cli;

import dev.clipsift.pipeline.RunListener;
import dev.clipsift.run.RunSummarizer;
import dev.clipsift.source.S3Location;
import dev.clipsift.source.Sources;
import dev.clipsift.store.OutputInUse;
import dev.clipsift.store.OutputStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "summarize",
        mixinStandardHelpOptions = true,
        description = {
            "End a run split with 'run --shard I/N' (or run on Spark): list the input again, check that every",
            "video has its record and no shard is still running, then run the end-of-run passes over the whole",
            "output (filters, dedup, WebDataset shards when configured) and write OUT/summary.json. Safe to repeat.",
            "OUT: the run's output folder or s3://BUCKET/PREFIX (give the same S3 options as the run).",
            "Exit code: 0 merged, all videos fine; 2 merged, some videos or clips failed; 4 videos or shards missing",
            "or still running (listed on stderr; nothing written); 3 OUT in use by a whole run; 1 usage or internal error."
        })
final class SummarizeCommand implements Callable<Integer> {
    private static final int SHOWN = 20;

    @Parameters(index = "0", paramLabel = "OUT", description = "The run's output folder or s3:// prefix.")
    String output;

    @Mixin
    RunSession.Options session;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> warnings = w -> err.println("warning: " + w);
        Path folder = session.folder(spec, output);
        RunSummarizer.Merged merged;
        String shown;
        try (Sources sources = new Sources(session.s3.input(), session.shared.cacheDir.downloads(), warnings);
                OutputStore remote = S3Location.isS3(output) ? OutputStore.open(output, session.s3.output()) : null) {
            shown = remote != null
                    ? remote.location() + "summary.json"
                    : folder.resolve("summary.json").toString();
            RunSummarizer summarizer = new RunSummarizer(
                    folder,
                    remote,
                    sources,
                    session.runOptions(session.shared.threads.get()),
                    RunListener.NONE,
                    warnings);
            merged = summarizer.summarize();
        } catch (OutputInUse busy) {
            err.println("clipsift: " + busy.getMessage());
            return ExitCodes.OUTPUT_IN_USE;
        }
        if (merged.summary() != null) {
            return RunSession.print(merged.summary(), shown, out, err);
        }
        merged.running().forEach(r -> err.println("still running: " + r));
        if (!merged.missingShards().isEmpty()) {
            err.println("shards missing: " + String.join(" ", merged.missingShards()));
        }
        List<String> videos = merged.missingVideos();
        if (!videos.isEmpty()) {
            err.println(videos.size() + " videos without a record:");
            videos.stream().limit(SHOWN).forEach(v -> err.println("  " + v));
            if (videos.size() > SHOWN) {
                err.println("  ... and " + (videos.size() - SHOWN) + " more");
            }
        }
        err.println("nothing merged: run the missing shards (or 'clipsift resume " + output
                + "'), then 'clipsift summarize " + output + "' again");
        err.flush();
        return ExitCodes.INCOMPLETE;
    }
}
