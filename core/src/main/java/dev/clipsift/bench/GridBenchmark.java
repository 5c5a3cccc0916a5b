package dev.clipsift.bench;

import dev.clipsift.grid.GridListener;
import dev.clipsift.grid.GridOptions;
import dev.clipsift.grid.GridVideoMaker;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Grid preview speed: ClipSift's grid video against Debian's ffmpeg doing the equivalent (per input
 * {@code scale=W:H,trim=duration=L}, then {@code xstack}, H.264 yuv420p) on the same files in the same run,
 * alternating, median of a few runs. Like for like: <b>steady</b> times leave start-up out on both sides
 * (ClipSift in this JVM after an untimed 1x1 warm-up grid, ffmpeg's own {@code -benchmark} rtime);
 * <b>whole-process</b> times are start to exit (ClipSift's {@code grid} command in a fresh JVM, the ffmpeg process).
 */
public final class GridBenchmark {

    /**
     * Medians (and the best) of seconds; CPU seconds are all threads of ClipSift's work and ffmpeg's own
     * utime + stime; the ffmpeg fields are null when ffmpeg is not installed. {@code loadAverage} is the machine's
     * 1-minute load when the runs ended.
     */
    public record Result(
            int files,
            int runs,
            double clipsiftS,
            double clipsiftBestS,
            double clipsiftCpuS,
            double clipsiftWholeS,
            String clipsiftEncoder,
            Double ffmpegS,
            Double ffmpegWholeS,
            Double ffmpegBestWholeS,
            Double ffmpegCpuS,
            String ffmpegNote,
            double loadAverage) {
        /** ClipSift's steady wall time over ffmpeg's (under 1 is faster); null without ffmpeg. */
        public Double ratio() {
            return ffmpegS == null ? null : clipsiftS / ffmpegS;
        }

        /** ClipSift's whole-process wall time over ffmpeg's; null without ffmpeg. */
        public Double wholeRatio() {
            return ffmpegWholeS == null ? null : clipsiftWholeS / ffmpegWholeS;
        }

        /** ClipSift's CPU time over ffmpeg's; null without ffmpeg. */
        public Double cpuRatio() {
            return ffmpegCpuS == null ? null : clipsiftCpuS / ffmpegCpuS;
        }
    }

    private static final List<String> FFMPEG_ENCODERS = List.of("libx264", "libopenh264");

    private GridBenchmark() {}

    /**
     * Runs both sides {@code runs} times, alternating, so that both see the same machine load. {@code files} are
     * the videos {@code options} picks from {@code dir} (the whole-process run picks them again with the same seed).
     */
    public static Result run(GridOptions options, Path dir, List<Path> files, int runs)
            throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("clipsift-bench-grid");
        try {
            Optional<Path> ffmpeg = ExternalTool.find("ffmpeg");
            String ffEncoder = ffmpeg.isPresent() ? ffmpegEncoder(ffmpeg.get()) : null;
            List<String> command = ffmpeg.isPresent()
                    ? ffmpegCommand(ffmpeg.get(), ffEncoder, options, files, work.resolve("ffmpeg.mp4"))
                    : null;
            List<String> cli = ClipSiftProcess.command(List.of(
                    "grid",
                    "--input_dir",
                    dir.toString(),
                    "--output_video",
                    work.resolve("clipsift-cli.mp4").toString(),
                    "--cols",
                    String.valueOf(options.cols()),
                    "--rows",
                    String.valueOf(options.rows()),
                    "--video_length",
                    fmt(options.videoLengthS()),
                    "--fps",
                    fmt(options.fps()),
                    "--seed",
                    String.valueOf(options.seed()),
                    "--threads",
                    String.valueOf(options.threads()),
                    "-q"));
            double[] wall = new double[runs];
            double[] cpu = new double[runs];
            double[] whole = new double[runs];
            double[] refSteady = new double[runs];
            double[] refWhole = new double[runs];
            double[] refCpu = new double[runs];
            // untimed: loads FFmpeg's natives and warms the JIT, which the steady time leaves out
            GridVideoMaker.make(
                    options.withGrid(1, 1).withTiming(1, options.fps()),
                    files.subList(0, 1),
                    work.resolve("warm-up.mp4"),
                    GridListener.NONE,
                    () -> false);
            String encoder = null;
            for (int i = 0; i < runs; i++) {
                long c0 = processCpuNanos();
                long t0 = System.nanoTime();
                encoder = GridVideoMaker.make(
                                options, files, work.resolve("clipsift.mp4"), GridListener.NONE, () -> false)
                        .encoder();
                wall[i] = (System.nanoTime() - t0) / 1e9;
                cpu[i] = (processCpuNanos() - c0) / 1e9;
                whole[i] = ExternalTool.runOk(cli).wallS();
                if (command != null) {
                    ExternalTool.Completed ref = ExternalTool.runOk(command);
                    FfmpegBenchLine bench = FfmpegBenchLine.of(ref);
                    refSteady[i] = bench.rtimeS();
                    refCpu[i] = bench.cpuS();
                    refWhole[i] = ref.wallS();
                }
            }
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            boolean ref = command != null;
            return new Result(
                    files.size(),
                    runs,
                    Stats.median(wall),
                    Stats.min(wall),
                    Stats.median(cpu),
                    Stats.median(whole),
                    encoder,
                    ref ? Stats.median(refSteady) : null,
                    ref ? Stats.median(refWhole) : null,
                    ref ? Stats.min(refWhole) : null,
                    ref ? Stats.median(refCpu) : null,
                    ref
                            ? "ffmpeg scale+trim per input, xstack, " + ffEncoder + " (default preset) yuv420p, -r "
                                    + fmt(options.fps()) + ", its own thread defaults"
                            : "ffmpeg not installed (apt-get install ffmpeg): reference side skipped",
                    load);
        } finally {
            try (var s = Files.list(work)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The reference command: what the cookbook's grid amounts to in one ffmpeg filter graph. */
    static List<String> ffmpegCommand(Path ffmpeg, String encoder, GridOptions o, List<Path> files, Path out) {
        List<String> cmd = new ArrayList<>(List.of(ffmpeg.toString(), "-hide_banner", "-nostats", "-benchmark", "-y"));
        for (Path f : files) {
            cmd.addAll(List.of("-i", f.toString()));
        }
        StringBuilder graph = new StringBuilder();
        StringBuilder stack = new StringBuilder();
        List<String> layout = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            graph.append(String.format(
                    Locale.ROOT,
                    "[%d:v]scale=%d:%d,trim=duration=%s,setpts=PTS-STARTPTS[v%d];",
                    i,
                    o.tileWidth(),
                    o.tileHeight(),
                    fmt(o.videoLengthS()),
                    i));
            stack.append("[v").append(i).append(']');
            layout.add((i % o.cols()) * o.tileWidth() + "_" + (i / o.cols()) * o.tileHeight());
        }
        graph.append(stack)
                .append("xstack=inputs=")
                .append(files.size())
                .append(":layout=")
                .append(String.join("|", layout))
                .append(":fill=black[out]");
        cmd.addAll(List.of(
                "-filter_complex",
                graph.toString(),
                "-map",
                "[out]",
                "-r",
                fmt(o.fps()),
                "-t",
                fmt(o.videoLengthS()),
                "-c:v",
                encoder,
                "-pix_fmt",
                "yuv420p",
                "-movflags",
                "+faststart",
                out.toString()));
        return cmd;
    }

    private static String ffmpegEncoder(Path ffmpeg) throws IOException, InterruptedException {
        String listing = ExternalTool.run(List.of(ffmpeg.toString(), "-hide_banner", "-encoders"))
                .output();
        return FFMPEG_ENCODERS.stream()
                .filter(e -> listing.contains(" " + e + " "))
                .findFirst()
                .orElseThrow(
                        () -> new IOException("this ffmpeg has no H.264 encoder (looked for " + FFMPEG_ENCODERS + ")"));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
