package dev.clipsift.cli;

import dev.clipsift.bench.SplitBenchmark;
import dev.clipsift.split.ShotSplitter;
import dev.clipsift.split.ShotSplitters;
import dev.clipsift.split.SplitConfig;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "split",
        mixinStandardHelpOptions = true,
        description = {
            "Split VIDEO into shots and time it against decoding alone (ffmpeg -f null) and PySceneDetect.",
            "Each side twice over: steady (start-up excluded on every side) and as a whole process (ClipSift's CLI in a fresh JVM).",
            "Reports frames/s and both ratios; a side whose tool is absent is skipped with the reason."
        })
final class BenchSplitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "VIDEO")
    Path video;

    @Option(
            names = "--detector",
            paramLabel = "NAME",
            defaultValue = "content",
            description = "Any splitter of 'clipsift split' (default: ${DEFAULT-VALUE}).")
    String detector;

    @Option(
            names = "--param",
            paramLabel = "KEY=VALUE",
            description = "Detector parameter (repeatable), as for 'clipsift split'.")
    Map<String, String> params = new LinkedHashMap<>();

    @Mixin
    SharedOptions.Threads threads; // ffmpeg's -threads

    @Option(
            names = "--python",
            paramLabel = "PATH",
            description = "Python interpreter with PySceneDetect and OpenCV (default: the first python3 on PATH).")
    Path python;

    @Option(
            names = "--runs",
            paramLabel = "N",
            defaultValue = "3",
            description = "Timed runs per side; the median counts (default: ${DEFAULT-VALUE}).")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ShotSplitter splitter;
        try {
            splitter = ShotSplitters.create(new SplitConfig(detector, new LinkedHashMap<>(params)));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!Files.isRegularFile(video)) {
            spec.commandLine().getErr().println("clipsift: cannot read " + video + ": no such file");
            return ExitCodes.SOME_ITEMS_FAILED;
        }
        int n = threads.get();
        spec.commandLine()
                .getErr()
                .println("benchmarking split of " + video.getFileName() + " (" + runs + " runs per side)...");
        List<String> cliArgs = new ArrayList<>(List.of("--detector", detector));
        params.forEach((k, v) -> cliArgs.addAll(List.of("--param", k + "=" + v)));
        SplitBenchmark.Result r = SplitBenchmark.run(video, splitter, cliArgs, n, runs, Optional.ofNullable(python));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "| side | steady s | steady frames/s | whole process s | whole frames/s |%n|---|---|---|---|---|%n");
        for (SplitBenchmark.Side side : List.of(r.clipsift(), r.ffmpeg(), r.pyscenedetect())) {
            row(out, r, side);
        }
        out.println();
        out.printf(
                Locale.ROOT,
                "clipsift's speed as a multiple of ffmpeg decode-only (the floor): steady %s, whole process %s%n",
                ratio(r.ffmpeg().steadyRatio(r.clipsift())),
                ratio(r.ffmpeg().wholeRatio(r.clipsift())));
        out.printf(
                Locale.ROOT,
                "clipsift's speed as a multiple of PySceneDetect's: steady %s, whole process %s%n",
                ratio(r.pyscenedetect().steadyRatio(r.clipsift())),
                ratio(r.pyscenedetect().wholeRatio(r.clipsift())));
        out.printf(
                Locale.ROOT,
                "%s: %d frames at %.3f fps, cuts %s; median of %d alternating runs, load average %.1f at the end%n",
                video.getFileName(),
                r.frames(),
                r.fps(),
                r.cuts(),
                runs,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.println(
                "steady: the work alone, start-up excluded on every side; whole process: start to exit, as a script pays it");
        out.println("clipsift: " + r.clipsift().note()
                + "; steady in this warm JVM, whole = `clipsift split` in a fresh JVM");
        out.println("ffmpeg: " + r.ffmpeg().note());
        out.println("PySceneDetect: " + r.pyscenedetect().note());
        return ExitCodes.OK;
    }

    private static void row(PrintWriter out, SplitBenchmark.Result r, SplitBenchmark.Side side) {
        if (side.steadyS() == null) {
            out.printf(Locale.ROOT, "| %s | skipped | - | - | - |%n", side.name());
        } else {
            out.printf(
                    Locale.ROOT,
                    "| %s | %.3f | %.0f | %.3f | %.0f |%n",
                    side.name(),
                    side.steadyS(),
                    side.steadyFramesPerS(r.frames()),
                    side.wholeS(),
                    side.wholeFramesPerS(r.frames()));
        }
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2fx", value);
    }
}
