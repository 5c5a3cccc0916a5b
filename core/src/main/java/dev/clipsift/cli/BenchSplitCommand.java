package dev.clipsift.cli;

import dev.clipsift.bench.SplitBenchmark;
import dev.clipsift.split.ShotSplitter;
import dev.clipsift.split.ShotSplitters;
import dev.clipsift.split.SplitConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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

@Command(name = "split", mixinStandardHelpOptions = true,
        description = {"Split VIDEO into shots and time it against decoding alone (ffmpeg -f null) and PySceneDetect.",
            "Reports frames/s and ratios; a side whose tool is absent is skipped with a message."})
final class BenchSplitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "VIDEO")
    Path video;

    @Option(names = "--detector", paramLabel = "NAME", defaultValue = "content",
            description = "Any splitter of 'clipsift split' (default: ${DEFAULT-VALUE}).")
    String detector;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Detector parameter (repeatable), as for 'clipsift split'.")
    Map<String, String> params = new LinkedHashMap<>();

    @Mixin
    SharedOptions.Threads threads; // ffmpeg's -threads

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Timed runs per side; the median counts (default: ${DEFAULT-VALUE}).")
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
        spec.commandLine().getErr().println("benchmarking split of " + video.getFileName() + " (" + runs + " runs per side)...");
        SplitBenchmark.Result r = SplitBenchmark.run(video, splitter, n, runs);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "| side | seconds | frames/s | clipsift vs it |%n|---|---|---|---|%n");
        row(out, r, r.clipsift(), "1.00x");
        row(out, r, r.ffmpeg(), ratio(r.ratioToDecode(), "of the decode-only floor"));
        row(out, r, r.pyscenedetect(), ratio(r.ratioToPySceneDetect(), "faster"));
        out.println();
        out.printf(Locale.ROOT, "%s: %d frames at %.3f fps, cuts %s%n", video.getFileName(), r.frames(), r.fps(), r.cuts());
        out.println("clipsift: " + r.clipsift().note());
        out.println("ffmpeg: " + r.ffmpeg().note());
        out.println("PySceneDetect: " + r.pyscenedetect().note());
        return ExitCodes.OK;
    }

    private static void row(PrintWriter out, SplitBenchmark.Result r, SplitBenchmark.Side side, String ratio) {
        if (side.seconds() == null) {
            out.printf(Locale.ROOT, "| %s | skipped | - | - |%n", side.name());
        } else {
            out.printf(Locale.ROOT, "| %s | %.3f | %.0f | %s |%n", side.name(), side.seconds(),
                    side.framesPerS(r.frames()), ratio);
        }
    }

    private static String ratio(double value, String what) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2fx %s", value, what);
    }
}
