package dev.clipsift.cli;

import dev.clipsift.bench.RunBenchmark;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunSummary;
import dev.clipsift.split.ShotSplitters;
import dev.clipsift.split.SplitConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Time a full 'clipsift run' over DIR into a temporary folder, with run's defaults (content",
            "splitting, cosmos-curate clip spans, libopenh264) unless told otherwise.",
            "Reports seconds of video processed per second, clips, frames decoded and peak memory (process RSS and Java heap)."
        })
final class BenchRunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Mixin
    SharedOptions.Threads threads;

    @Option(names = "--splitting-algorithm", paramLabel = "ALG", description = "As for run (default: content).")
    String algorithm;

    @Option(
            names = "--fixed-stride-split-duration",
            paramLabel = "S",
            description = "As for run (fixed-stride only; default 10 s).")
    Double strideS;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SplitConfig split = new SplitConfig(algorithm, strideS != null ? Map.of("stride_s", strideS) : Map.of());
        try {
            ShotSplitters.create(split);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        RunConfig config = new RunConfig(dir.toAbsolutePath().toString(), null, null, split, null, null);
        int n = threads.get();
        spec.commandLine()
                .getErr()
                .println("benchmarking run over " + dir + " (" + split.algorithm() + ", " + n + " threads)...");
        RunBenchmark.Result r = RunBenchmark.run(config, n);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "| videos | video s | clips | clip s | wall s | video s/s | clip MB | peak RSS MB | peak heap MB |%n");
        out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|---|---|%n");
        out.printf(
                Locale.ROOT,
                "| %d | %.1f | %d | %.1f | %.2f | %.2f | %.1f | %.0f | %.0f |%n",
                r.summary().inputs(),
                r.summary().videoS(),
                r.summary().clips(),
                r.summary().clipS(),
                r.wallS(),
                r.videoSecondsPerSecond(),
                r.summary().clipBytes() / 1e6,
                r.peakRssBytes() / 1e6,
                r.peakHeapBytes() / 1e6);
        RunSummary.DecodedFrames decoded = r.summary().session().decodedFrames();
        out.printf(
                Locale.ROOT,
                "frames decoded: %d to split, %d in clip spans, %d before spans (seek pre-roll)%n",
                decoded.split(),
                decoded.clipSpans(),
                decoded.clipPreroll());
        r.summary()
                .session()
                .stages()
                .forEach(s -> out.printf(
                        Locale.ROOT,
                        "stage %-10s workers %2d  in %4d  out %4d  wall %6.2f s  busy %6.2f s  %.2f items/s%n",
                        s.stage(),
                        s.workers(),
                        s.itemsIn(),
                        s.itemsOut(),
                        s.wallS(),
                        s.busyS(),
                        s.itemsPerS()));
        return r.summary().anyFailed() ? ExitCodes.SOME_ITEMS_FAILED : ExitCodes.OK;
    }
}
