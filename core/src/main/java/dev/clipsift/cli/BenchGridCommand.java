package dev.clipsift.cli;

import dev.clipsift.bench.GridBenchmark;
import dev.clipsift.grid.GridOptions;
import dev.clipsift.grid.GridVideoMaker;
import dev.clipsift.source.LocalLister;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "grid", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time `clipsift grid` against ffmpeg's scale+trim+xstack equivalent on the same videos under DIR "
                + "(a seeded pick of cols x rows), alternating, --runs times each; report wall and CPU seconds and ratios.",
            "The ffmpeg side is skipped with a message when ffmpeg is absent."})
final class BenchGridCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of videos (e.g. 12 clips of mixed sizes).")
    Path dir;

    @Option(names = "--cols", paramLabel = "N", defaultValue = "4", description = "Tiles across (default: ${DEFAULT-VALUE}).")
    int cols;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "3", description = "Tiles down (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = {"--video-length", "--video_length"}, paramLabel = "SECONDS", defaultValue = "5", description = "Seconds (default: ${DEFAULT-VALUE}).")
    double videoLength;

    @Option(names = "--fps", paramLabel = "FPS", defaultValue = "30", description = "Frame rate (default: ${DEFAULT-VALUE}).")
    double fps;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Timed runs per side; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    SharedOptions.Threads threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        GridOptions options = GridOptions.defaults().withGrid(cols, rows).withTiming(videoLength, fps).withThreads(threads.get());
        List<Path> files;
        try (Stream<Path> listed = new LocalLister().list(dir)) {
            files = GridVideoMaker.pick(listed, options).items();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no video files under " + dir);
        }
        spec.commandLine().getErr().println("benchmarking a " + cols + "x" + rows + " grid of " + files.size() + " videos, "
                + Math.max(1, runs) + " runs per side...");
        GridBenchmark.Result r = GridBenchmark.run(options, files, Math.max(1, runs));
        out.printf(Locale.ROOT, "| side | wall s (median) | wall s (best) | CPU s | wall vs ffmpeg | CPU vs ffmpeg |%n"
                + "|---|---|---|---|---|---|%n");
        out.printf(Locale.ROOT, "| clipsift grid (%s) | %.3f | %.3f | %.3f | %s | %s |%n", r.clipsiftEncoder(), r.clipsiftS(),
                r.clipsiftBestS(), r.clipsiftCpuS(), ratio(r.ratio()), ratio(r.cpuRatio()));
        if (r.ffmpegS() != null) {
            out.printf(Locale.ROOT, "| ffmpeg xstack | %.3f | %.3f | %.3f | 1.00x | 1.00x |%n", r.ffmpegS(), r.ffmpegBestS(), r.ffmpegCpuS());
        }
        out.println();
        out.printf(Locale.ROOT, "%d videos, median of %d alternating runs, load average %.1f at the end; %s%n",
                r.files(), r.runs(), r.loadAverage(), r.ffmpegNote());
        return ExitCodes.OK;
    }

    private static String ratio(Double r) {
        return r == null ? "n/a" : String.format(Locale.ROOT, "%.2fx", r);
    }
}
