package dev.clipsift.bench;

import dev.clipsift.split.ShotSplitter;
import dev.clipsift.split.ShotSplitter.SplitResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splitting speed on one video: ClipSift's splitter against the floor of decoding alone (Debian's
 * {@code ffmpeg -f null}, same file, same run) and against PySceneDetect when its Python module is
 * installed. After one untimed warm-up, the sides take turns {@code runs} times, so a busy machine slows
 * them alike; the median counts.
 */
public final class SplitBenchmark {
    private static final Map<String, String> PYSCENEDETECT_CLASSES = Map.of(
            "content", "ContentDetector", "adaptive", "AdaptiveDetector", "threshold", "ThresholdDetector");

    /** One side's median seconds, or null when skipped; {@code note} says what ran or why it was skipped. */
    public record Side(String name, Double seconds, String note) {
        public double framesPerS(int frames) {
            return seconds == null ? Double.NaN : frames / seconds;
        }
    }

    /** The video's frame count, rate and cuts as split, the ffmpeg thread count, and the three sides. */
    public record Result(int frames, double fps, List<Integer> cuts, int threads, Side clipsift, Side ffmpeg, Side pyscenedetect) {
        /** ClipSift's frames/s over ffmpeg decode-only frames/s (1.0 = as fast as decoding alone); NaN without ffmpeg. */
        public double ratioToDecode() {
            return ffmpeg.seconds() == null ? Double.NaN : ffmpeg.seconds() / clipsift.seconds();
        }

        /** How many times faster than PySceneDetect; NaN without it. */
        public double ratioToPySceneDetect() {
            return pyscenedetect.seconds() == null ? Double.NaN : pyscenedetect.seconds() / clipsift.seconds();
        }
    }

    /** An external program to time, or the reason it cannot run ({@code command} null). */
    private record Reference(String name, List<String> command, String note) {
        static Reference of(String name, List<String> command, String note) throws IOException, InterruptedException {
            if (ExternalTool.run(command) != 0) {
                return new Reference(name, null, "failed: " + String.join(" ", command));
            }
            return new Reference(name, command, note);
        }

        Side side(double[] times) {
            return new Side(name, command == null ? null : median(times), note);
        }
    }

    private SplitBenchmark() {}

    public static Result run(Path video, ShotSplitter splitter, int threads, int runs) throws IOException, InterruptedException {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be 1 or more");
        }
        SplitResult first = splitter.split(video, () -> false);
        Reference ffmpeg = ffmpeg(video, threads);
        Reference py = pySceneDetect(video, splitter.name());
        double[] ours = new double[runs];
        double[] decode = new double[runs];
        double[] python = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            splitter.split(video, () -> false);
            ours[i] = (System.nanoTime() - t0) / 1e9;
            decode[i] = time(ffmpeg);
            python[i] = time(py);
        }
        Side clipsift = new Side("clipsift " + splitter.name(), median(ours), splitter.parameters().toString());
        return new Result(first.frames(), first.fps(), first.cuts(), threads, clipsift, ffmpeg.side(decode), py.side(python));
    }

    private static Reference ffmpeg(Path video, int threads) throws IOException, InterruptedException {
        Optional<Path> ffmpeg = ExternalTool.find("ffmpeg");
        if (ffmpeg.isEmpty()) {
            return new Reference("ffmpeg decode-only", null, "ffmpeg not installed (apt-get install ffmpeg): decode floor skipped");
        }
        List<String> command = List.of(ffmpeg.get().toString(), "-v", "error", "-threads", String.valueOf(threads),
                "-i", video.toString(), "-f", "null", "-");
        return Reference.of("ffmpeg decode-only", command, String.join(" ", command) + " (includes process start-up)");
    }

    private static Reference pySceneDetect(Path video, String detector) throws IOException, InterruptedException {
        String name = "PySceneDetect";
        String cls = PYSCENEDETECT_CLASSES.get(detector);
        if (cls == null) {
            return new Reference(name, null, "PySceneDetect has no " + detector + " detector: skipped");
        }
        Optional<Path> python = ExternalTool.find("python3");
        if (python.isEmpty() || ExternalTool.run(List.of(python.get().toString(), "-c", "import scenedetect")) != 0) {
            return new Reference(name, null, "PySceneDetect not installed (python3 -c 'import scenedetect' fails): skipped");
        }
        String script = "import sys; from scenedetect import detect, " + cls + "; detect(sys.argv[1], " + cls + "())";
        return Reference.of(name + " " + cls, List.of(python.get().toString(), "-c", script, video.toString()),
                "python3 -c \"" + script + "\" VIDEO (includes Python start-up)");
    }

    private static double time(Reference ref) throws IOException, InterruptedException {
        if (ref.command() == null) {
            return Double.NaN;
        }
        long t0 = System.nanoTime();
        ExternalTool.run(ref.command());
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
