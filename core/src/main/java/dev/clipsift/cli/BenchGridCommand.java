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

@Command(
        name = "grid",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Time `clipsift grid` against ffmpeg's scale+trim+xstack equivalent on the same videos under DIR "
                    + "(a seeded pick of cols x rows), alternating, --runs times each; report steady (start-up excluded on both sides) "
                    + "and whole-process wall seconds, CPU seconds and ratios.",
            "The ffmpeg side is skipped with a message when ffmpeg is absent."
        })
final class BenchGridCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of videos (e.g. 12 clips of mixed sizes).")
    Path dir;

    @Option(
            names = "--cols",
            paramLabel = "N",
            defaultValue = "4",
            description = "Tiles across (default: ${DEFAULT-VALUE}).")
    int cols;

    @Option(
            names = "--rows",
            paramLabel = "N",
            defaultValue = "3",
            description = "Tiles down (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(
            names = {"--video-length", "--video_length"},
            paramLabel = "SECONDS",
            defaultValue = "5",
            description = "Seconds (default: ${DEFAULT-VALUE}).")
    double videoLength;

    @Option(
            names = "--fps",
            paramLabel = "FPS",
            defaultValue = "30",
            description = "Frame rate (default: ${DEFAULT-VALUE}).")
    double fps;

    @Option(
            names = "--runs",
            paramLabel = "N",
            defaultValue = "3",
            description = "Timed runs per side; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    SharedOptions.Threads threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        GridOptions options = GridOptions.defaults()
                .withGrid(cols, rows)
                .withTiming(videoLength, fps)
                .withThreads(threads.get());
        List<Path> files;
        try (Stream<Path> listed = new LocalLister().list(dir)) {
            files = GridVideoMaker.pick(listed, options).items();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no video files under " + dir);
        }
        spec.commandLine()
                .getErr()
                .println("benchmarking a " + cols + "x" + rows + " grid of " + files.size() + " videos, "
                        + Math.max(1, runs) + " runs per side...");
        GridBenchmark.Result r = GridBenchmark.run(options, dir, files, Math.max(1, runs));
        out.printf(
                Locale.ROOT,
                "| side | steady wall s (median) | steady wall s (best) | CPU s | whole process s |%n|---|---|---|---|---|%n");
        out.printf(
                Locale.ROOT,
                "| clipsift grid (%s) | %.3f | %.3f | %.3f | %.3f |%n",
                r.clipsiftEncoder(),
                r.clipsiftS(),
                r.clipsiftBestS(),
                r.clipsiftCpuS(),
                r.clipsiftWholeS());
        if (r.ffmpegS() != null) {
            out.printf(
                    Locale.ROOT,
                    "| ffmpeg xstack | %.3f | - | %.3f | %.3f (best %.3f) |%n",
                    r.ffmpegS(),
                    r.ffmpegCpuS(),
                    r.ffmpegWholeS(),
                    r.ffmpegBestWholeS());
        }
        out.println();
        out.printf(
                Locale.ROOT,
                "clipsift / ffmpeg: steady wall %s, CPU %s, whole process %s (under 1: ClipSift takes less)%n",
                ratio(r.ratio()),
                ratio(r.cpuRatio()),
                ratio(r.wholeRatio()));
        out.printf(
                Locale.ROOT,
                "%d videos, median of %d alternating runs, load average %.1f at the end; %s%n",
                r.files(),
                r.runs(),
                r.loadAverage(),
                r.ffmpegNote());
        out.println(
                "steady: clipsift in this warm JVM, ffmpeg's own -benchmark rtime (after start-up and opening the inputs); "
                        + "whole process: `clipsift grid` in a fresh JVM and the ffmpeg process, start to exit");
        return ExitCodes.OK;
    }

    private static String ratio(Double r) {
        return r == null ? "n/a" : String.format(Locale.ROOT, "%.2fx", r);
    }
}
