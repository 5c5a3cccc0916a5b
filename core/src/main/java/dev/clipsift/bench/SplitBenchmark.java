package dev.clipsift.bench;

import dev.clipsift.split.ShotSplitter;
import dev.clipsift.split.ShotSplitter.SplitResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splitting speed on one video, like for like: ClipSift's splitter against the floor of decoding alone (Debian's
 * {@code ffmpeg -f null}) and against PySceneDetect, each side timed twice over. <b>Steady</b>: the work alone,
 * start-up excluded on every side (ClipSift in this warm JVM, ffmpeg's own {@code -benchmark} rtime, PySceneDetect's
 * {@code detect()} timed inside Python). <b>Whole process</b>: what a script pays to run the tool once (ClipSift's CLI
 * started as a child process with a fresh JVM, the ffmpeg and Python processes from start to exit). After one
 * untimed warm-up split the sides take turns {@code runs} times, so a busy machine slows them alike; medians count.
 */
public final class SplitBenchmark {

    /** One side's median seconds, steady and whole-process (null when skipped); {@code note} says what ran or why not. */
    public record Side(String name, Double steadyS, Double wholeS, String note) {
        public double steadyFramesPerS(int frames) {
            return steadyS == null ? Double.NaN : frames / steadyS;
        }

        public double wholeFramesPerS(int frames) {
            return wholeS == null ? Double.NaN : frames / wholeS;
        }

        /** This side's steady time over {@code other}'s: how many times faster {@code other} is (NaN when either is missing). */
        public double steadyRatio(Side other) {
            return steadyS == null || other.steadyS == null ? Double.NaN : steadyS / other.steadyS;
        }

        /** As {@link #steadyRatio}, for the whole-process times. */
        public double wholeRatio(Side other) {
            return wholeS == null || other.wholeS == null ? Double.NaN : wholeS / other.wholeS;
        }
    }

    /** The video's frame count, rate and cuts as split, the ffmpeg thread count, and the three sides. */
    public record Result(
            int frames, double fps, List<Integer> cuts, int threads, Side clipsift, Side ffmpeg, Side pyscenedetect) {}

    /** Reads a reference run's own steady-state seconds from its output. */
    @FunctionalInterface
    interface SteadyTime {
        double of(ExternalTool.Completed run) throws IOException;
    }

    /** An external program to time, or the reason it cannot run ({@code command} null). */
    record Reference(String name, List<String> command, SteadyTime steady, String note) {
        static Reference skipped(String name, String why) {
            return new Reference(name, null, null, why);
        }
    }

    private SplitBenchmark() {}

    /**
     * Times {@code splitter} on {@code video}; {@code cliArgs} are the {@code clipsift split} arguments that pick the
     * same splitter (detector and parameters) for the whole-process run; {@code python} the interpreter for
     * PySceneDetect (empty: the first python3 on PATH).
     */
    public static Result run(
            Path video, ShotSplitter splitter, List<String> cliArgs, int threads, int runs, Optional<Path> python)
            throws IOException, InterruptedException {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be 1 or more");
        }
        SplitResult first = splitter.split(video, () -> false);
        List<String> cli = new ArrayList<>(List.of("split", video.toString()));
        cli.addAll(cliArgs);
        Reference ours = new Reference(
                "clipsift " + splitter.name(),
                ClipSiftProcess.command(cli),
                null,
                splitter.parameters().toString());
        Reference ffmpeg = ffmpeg(video, threads);
        Optional<Path> interpreter = python.or(() -> ExternalTool.find("python3"));
        Reference py = interpreter.isEmpty()
                ? Reference.skipped("PySceneDetect", "skipped: no python3 on PATH (name one with --python PATH)")
                : PySceneDetect.reference(interpreter.get(), video, splitter.name());
        Timings clipsift = new Timings(runs);
        Timings decode = new Timings(runs);
        Timings python3 = new Timings(runs);
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            splitter.split(video, () -> false);
            clipsift.steady[i] = (System.nanoTime() - t0) / 1e9;
            clipsift.whole[i] = ExternalTool.runOk(ours.command()).wallS();
            decode.time(ffmpeg, i);
            python3.time(py, i);
        }
        return new Result(
                first.frames(),
                first.fps(),
                first.cuts(),
                threads,
                clipsift.side(ours),
                decode.side(ffmpeg),
                python3.side(py));
    }

    private static Reference ffmpeg(Path video, int threads) {
        Optional<Path> ffmpeg = ExternalTool.find("ffmpeg");
        if (ffmpeg.isEmpty()) {
            return Reference.skipped(
                    "ffmpeg decode-only", "ffmpeg not installed (apt-get install ffmpeg): decode floor skipped");
        }
        List<String> command = List.of(
                ffmpeg.get().toString(),
                "-hide_banner",
                "-nostats",
                "-benchmark",
                "-threads",
                String.valueOf(threads),
                "-i",
                video.toString(),
                "-f",
                "null",
                "-");
        return new Reference(
                "ffmpeg decode-only",
                command,
                run -> FfmpegBenchLine.of(run).rtimeS(),
                String.join(" ", command)
                        + ": steady = its -benchmark rtime (after start-up and opening); whole = the process");
    }

    /** Seconds per run, steady and whole-process. */
    private static final class Timings {
        final double[] steady;
        final double[] whole;

        Timings(int runs) {
            steady = new double[runs];
            whole = new double[runs];
        }

        void time(Reference ref, int i) throws IOException, InterruptedException {
            if (ref.command() != null) {
                ExternalTool.Completed run = ExternalTool.runOk(ref.command());
                whole[i] = run.wallS();
                steady[i] = ref.steady().of(run);
            }
        }

        Side side(Reference ref) {
            boolean ran = ref.command() != null;
            return new Side(
                    ref.name(), ran ? Stats.median(steady) : null, ran ? Stats.median(whole) : null, ref.note());
        }
    }
}
