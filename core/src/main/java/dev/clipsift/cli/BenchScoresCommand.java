package dev.clipsift.cli;

import dev.clipsift.bench.ScoresBenchmark;
import dev.clipsift.engine.FamilyRegistry;
import dev.clipsift.run.RunConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "scores",
        mixinStandardHelpOptions = true,
        description = {
            "Time a full 'clipsift run' over DIR with every scorer off and with the scorers at their defaults,",
            "alternately, in this process. Reports each side's median wall time, what scoring adds, and each",
            "scorer's own cost (ms per frame it read, ms per clip, clips per second of one worker)."
        })
final class BenchScoresCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Mixin
    SharedOptions.Threads threads;

    @Option(names = "--repeat", paramLabel = "N", description = "Runs of each side (default: ${DEFAULT-VALUE}).")
    int repeat = 1;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int n = threads.get();
        RunConfig config = new RunConfig(dir.toAbsolutePath().toString(), null, null, null, null, null);
        spec.commandLine().getErr().println("benchmarking scorers over " + dir + " (" + n + " threads)...");
        ScoresBenchmark.Result r = ScoresBenchmark.run(config, FamilyRegistry.discover(), n, Math.max(1, repeat));
        PrintWriter out = spec.commandLine().getOut();
        double videoS = r.on().get(0).summary().videoS();
        out.printf(Locale.ROOT, "| side | runs | median wall s | video s/s | clips |%n|---|---|---|---|---|%n");
        out.printf(
                Locale.ROOT,
                "| scorers off | %d | %.2f | %.2f | %d |%n",
                r.off().size(),
                r.offS(),
                videoS / r.offS(),
                r.off().get(0).summary().clips());
        out.printf(
                Locale.ROOT,
                "| scorers on | %d | %.2f | %.2f | %d |%n",
                r.on().size(),
                r.onS(),
                videoS / r.onS(),
                r.on().get(0).summary().clips());
        out.printf(Locale.ROOT, "scoring adds %+.0f %% to the run's wall time%n", 100 * r.overhead());
        out.printf(
                Locale.ROOT,
                "| scorer | clips | frames read | ms/frame | ms/clip | clips/s (one worker) |%n|---|---|---|---|---|---|%n");
        r.scorers()
                .forEach(s -> out.printf(
                        Locale.ROOT,
                        "| %s | %d | %d | %.1f | %.1f | %.1f |%n",
                        s.stage(),
                        s.clips(),
                        s.frames(),
                        s.msPerFrame(),
                        s.msPerClip(),
                        s.msPerClip() > 0 ? 1000 / s.msPerClip() : 0));
        return ExitCodes.OK;
    }
}
