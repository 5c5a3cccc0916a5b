package dev.clipsift.bench;

import dev.clipsift.grid.GridListener;
import dev.clipsift.grid.GridOptions;
import dev.clipsift.grid.GridVideoMaker;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grid preview speed: ClipSift's grid video against Debian's ffmpeg doing the equivalent (per input
 * {@code scale=W:H,trim=duration=L}, then {@code xstack}, H.264 yuv420p) on the same files in the same run,
 * each timed over a few runs (median).
 */
public final class GridBenchmark {

    /**
     * Medians (and the best) of wall-clock seconds and medians of CPU seconds (all threads of the process); the ffmpeg fields are null when
     * ffmpeg is not installed. {@code loadAverage} is the machine's 1-minute load when the runs ended.
     */
    public record Result(int files, int runs, double clipsiftS, double clipsiftBestS, double clipsiftCpuS, String clipsiftEncoder,
            Double ffmpegS, Double ffmpegBestS, Double ffmpegCpuS, String ffmpegNote, double loadAverage) {
        /** ClipSift's wall time over ffmpeg's (under 1 is faster); null without ffmpeg. */
        public Double ratio() {
            return ffmpegS == null ? null : clipsiftS / ffmpegS;
        }

        /** ClipSift's CPU time over ffmpeg's; null without ffmpeg. */
        public Double cpuRatio() {
            return ffmpegCpuS == null ? null : clipsiftCpuS / ffmpegCpuS;
        }
    }

    private static final List<String> FFMPEG_ENCODERS = List.of("libx264", "libopenh264");
    private static final Pattern BENCH_LINE = Pattern.compile("bench: utime=([0-9.]+)s stime=([0-9.]+)s");

    private GridBenchmark() {}

    /** Runs both sides {@code runs} times, alternating, so that both see the same machine load. */
    public static Result run(GridOptions options, List<Path> files, int runs) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("clipsift-bench-grid");
        try {
            Optional<Path> ffmpeg = ExternalTool.find("ffmpeg");
            String ffEncoder = ffmpeg.isPresent() ? ffmpegEncoder(ffmpeg.get()) : null;
            List<String> command = ffmpeg.isPresent()
                    ? ffmpegCommand(ffmpeg.get(), ffEncoder, options, files, work.resolve("ffmpeg.mp4")) : null;
            double[] wall = new double[runs];
            double[] cpu = new double[runs];
            double[] refWall = new double[runs];
            double[] refCpu = new double[runs];
            String encoder = null;
            for (int i = 0; i < runs; i++) {
                long c0 = processCpuNanos();
                long t0 = System.nanoTime();
                encoder = GridVideoMaker.make(options, files, work.resolve("clipsift.mp4"), GridListener.NONE, () -> false).encoder();
                wall[i] = (System.nanoTime() - t0) / 1e9;
                cpu[i] = (processCpuNanos() - c0) / 1e9;
                if (command != null) {
                    long t1 = System.nanoTime();
                    refCpu[i] = runFfmpeg(command);
                    refWall[i] = (System.nanoTime() - t1) / 1e9;
                }
            }
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            if (command == null) {
                return new Result(files.size(), runs, median(wall), min(wall), median(cpu), encoder, null, null, null,
                        "ffmpeg not installed (apt-get install ffmpeg): reference side skipped", load);
            }
            return new Result(files.size(), runs, median(wall), min(wall), median(cpu), encoder, median(refWall), min(refWall), median(refCpu),
                    "ffmpeg scale+trim per input, xstack, " + ffEncoder + " (default preset) yuv420p, -r "
                            + fmt(options.fps()) + ", its own thread defaults", load);
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
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Runs ffmpeg with {@code -benchmark}; returns its user + system CPU seconds. */
    private static double runFfmpeg(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        Matcher m = BENCH_LINE.matcher(output);
        if (code != 0 || !m.find()) {
            throw new IOException("ffmpeg failed (exit " + code + "): " + output.strip());
        }
        return Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2));
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
            graph.append(String.format(Locale.ROOT, "[%d:v]scale=%d:%d,trim=duration=%s,setpts=PTS-STARTPTS[v%d];",
                    i, o.tileWidth(), o.tileHeight(), fmt(o.videoLengthS()), i));
            stack.append("[v").append(i).append(']');
            layout.add((i % o.cols()) * o.tileWidth() + "_" + (i / o.cols()) * o.tileHeight());
        }
        graph.append(stack).append("xstack=inputs=").append(files.size()).append(":layout=").append(String.join("|", layout))
                .append(":fill=black[out]");
        cmd.addAll(List.of("-filter_complex", graph.toString(), "-map", "[out]", "-r", fmt(o.fps()), "-t", fmt(o.videoLengthS()),
                "-c:v", encoder, "-pix_fmt", "yuv420p", "-movflags", "+faststart", out.toString()));
        return cmd;
    }

    private static String ffmpegEncoder(Path ffmpeg) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ffmpeg.toString(), "-hide_banner", "-encoders").redirectErrorStream(true).start();
        String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return FFMPEG_ENCODERS.stream().filter(e -> listing.contains(" " + e + " ")).findFirst()
                .orElseThrow(() -> new IOException("this ffmpeg has no H.264 encoder (looked for " + FFMPEG_ENCODERS + ")"));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
