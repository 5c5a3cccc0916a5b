package dev.clipsift.cli;

import dev.clipsift.bench.ReviewBenchmark;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "Time opening a run of generated clip records for review (records read, journal replayed, index",
            "built; warm: the median of the rounds after the first) and every slider step (the filter and the",
            "filter panel's histograms), with the heap the open review holds; against reading the same records'",
            "bytes and one plain pass over one score column."
        })
final class BenchReviewCommand implements Callable<Integer> {
    @Option(names = "--clips", paramLabel = "N", description = "Generated clip records (default: ${DEFAULT-VALUE}).")
    int clips = 100_000;

    @Option(
            names = "--run",
            paramLabel = "DIR",
            description = "Run folder of the generated records, kept and reused if it holds a run already (default:"
                    + " a temp folder, removed after).")
    Path run;

    @Option(names = "--rounds", paramLabel = "N", description = "Opens (default: ${DEFAULT-VALUE}).")
    int rounds = 4;

    @Option(names = "--steps", paramLabel = "N", description = "Slider steps per score (default: ${DEFAULT-VALUE}).")
    int steps = 40;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReviewBenchmark.Result r;
        try (ScratchFolder root = ScratchFolder.of(run, "clipsift-bench-review")) {
            if (!Files.isDirectory(root.path().resolve("videos"))) {
                ReviewBenchmark.generate(root.path(), clips, 100, 42);
            }
            r = ReviewBenchmark.run(root.path(), Math.max(2, rounds), Math.max(1, steps));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "| clips | open warm s | read floor s | open / floor | step median ms | step p95 ms"
                        + " | scan floor ms | heap MB | steps |%n|---|---|---|---|---|---|---|---|---|%n");
        out.printf(
                Locale.ROOT,
                "| %d | %.2f | %.2f | %.1fx | %.2f | %.2f | %.3f | %.0f | %d |%n",
                r.clips(),
                r.openS(),
                r.readFloorS(),
                r.openS() / r.readFloorS(),
                r.stepMedianMs(),
                r.stepP95Ms(),
                r.scanFloorMs(),
                r.heapMb(),
                r.steps());
        return ExitCodes.OK;
    }
}
