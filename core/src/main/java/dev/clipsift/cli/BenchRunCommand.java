package dev.clipsift.cli;

import dev.clipsift.bench.RunBenchmark;
import dev.clipsift.pipeline.PipelineRunner;
import dev.clipsift.run.RunConfig;
import dev.clipsift.split.ShotSplitters;
import dev.clipsift.split.SplitConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Time a full 'clipsift run' (split + transcode, no captions) over DIR into a temporary folder.",
            "Reports seconds of video processed per second, clips, and peak memory (process RSS and Java heap)."})
final class BenchRunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Option(names = "--threads", paramLabel = "N", description = "CPU threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--splitting-algorithm", paramLabel = "ALG", defaultValue = "fixed-stride",
            description = "Splitting algorithm (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--fixed-stride-split-duration", paramLabel = "S", defaultValue = "10",
            description = "Clip length for fixed-stride (default: ${DEFAULT-VALUE} s).")
    double strideS;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> params = "fixed-stride".equals(algorithm) ? Map.of("stride_s", strideS) : Map.of();
        SplitConfig split = new SplitConfig(algorithm, params);
        ShotSplitters.create(split);
        RunConfig config = new RunConfig(dir.toAbsolutePath().toString(), null, null, split, null, null);
        int n = threads != null ? threads : PipelineRunner.defaultThreads();
        spec.commandLine().getErr().println("benchmarking run over " + dir + " (" + algorithm + ", " + n + " threads)...");
        RunBenchmark.Result r = RunBenchmark.run(config, n);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "| videos | video s | clips | clip s | wall s | video s/s | clip MB | peak RSS MB | peak heap MB |%n");
        out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|---|---|%n");
        out.printf(Locale.ROOT, "| %d | %.1f | %d | %.1f | %.2f | %.2f | %.1f | %.0f | %.0f |%n", r.summary().inputs(),
                r.summary().videoS(), r.summary().clips(), r.summary().clipS(), r.wallS(), r.videoSecondsPerSecond(),
                r.summary().clipBytes() / 1e6, r.peakRssBytes() / 1e6, r.peakHeapBytes() / 1e6);
        r.summary().session().stages().forEach(s -> out.printf(Locale.ROOT,
                "stage %-10s workers %2d  in %4d  out %4d  wall %6.2f s  busy %6.2f s  %.2f items/s%n",
                s.stage(), s.workers(), s.itemsIn(), s.itemsOut(), s.wallS(), s.busyS(), s.itemsPerS()));
        return r.summary().anyFailed() ? ExitCodes.SOME_ITEMS_FAILED : ExitCodes.OK;
    }
}
