package dev.clipsift.bench;

import dev.clipsift.split.ShotSplitter;
import dev.clipsift.split.ShotSplitter.SplitResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splitting speed on one video: ClipSift's splitter against the floor of decoding alone (Debian's
 * {@code ffmpeg -f null}, same file, same run) and against PySceneDetect when its Python module is
 * installed. Each side runs {@code runs} times after one untimed warm-up; the median counts.
 */
public final class SplitBenchmark {
    private static final Map<String, String> PYSCENEDETECT_CLASSES = Map.of(
            "content", "ContentDetector", "adaptive", "AdaptiveDetector", "threshold", "ThresholdDetector");

    /** One side's median seconds, or null with {@code note} saying why it was skipped. */
    public record Side(String name, Double seconds, String note) {}

    public record Result(int frames, double fps, List<Integer> cuts, int threads, Side clipsift, Side ffmpeg, Side pyscenedetect) {
        public static double framesPerS(int frames, Side side) {
            return side.seconds() == null ? Double.NaN : frames / side.seconds();
        }

        /** ClipSift's frames/s over ffmpeg decode-only frames/s (1.0 = as fast as decoding alone); NaN without ffmpeg. */
        public double ratioToDecode() {
            return ffmpeg.seconds() == null ? Double.NaN : ffmpeg.seconds() / clipsift.seconds();
        }

        public double ratioToPySceneDetect() {
            return pyscenedetect.seconds() == null ? Double.NaN : pyscenedetect.seconds() / clipsift.seconds();
        }
    }

    private SplitBenchmark() {}

    public static Result run(Path video, ShotSplitter splitter, int threads, int runs) throws IOException, InterruptedException {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be 1 or more");
        }
        SplitResult first = splitter.split(video, () -> false);
        double[] ours = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            splitter.split(video, () -> false);
            ours[i] = (System.nanoTime() - t0) / 1e9;
        }
        Side clipsift = new Side("clipsift " + splitter.name(), median(ours), splitter.parameters().toString());
        Side ffmpeg = ffmpeg(video, threads, runs);
        Side py = pySceneDetect(video, splitter.name(), runs);
        return new Result(first.frames(), first.fps(), first.cuts(), threads, clipsift, ffmpeg, py);
    }

    private static Side ffmpeg(Path video, int threads, int runs) throws IOException, InterruptedException {
        Optional<Path> ffmpeg = ExternalTool.find("ffmpeg");
        if (ffmpeg.isEmpty()) {
            return new Side("ffmpeg decode-only", null, "ffmpeg not installed (apt-get install ffmpeg): decode floor skipped");
        }
        List<String> command = List.of(ffmpeg.get().toString(), "-v", "error", "-threads", String.valueOf(threads),
                "-i", video.toString(), "-f", "null", "-");
        return timed("ffmpeg decode-only", command, runs, String.join(" ", command));
    }

    private static Side pySceneDetect(Path video, String detector, int runs) throws IOException, InterruptedException {
        String cls = PYSCENEDETECT_CLASSES.get(detector);
        Optional<Path> python = ExternalTool.find("python3");
        if (cls == null) {
            return new Side("PySceneDetect", null, "PySceneDetect has no " + detector + " detector");
        }
        if (python.isEmpty() || ExternalTool.run(List.of(python.get().toString(), "-c", "import scenedetect")) != 0) {
            return new Side("PySceneDetect", null, "PySceneDetect not installed (python3 -c 'import scenedetect' fails): skipped");
        }
        String script = "import sys; from scenedetect import detect, " + cls + "; detect(sys.argv[1], " + cls + "())";
        List<String> command = new ArrayList<>(List.of(python.get().toString(), "-c", script, video.toString()));
        return timed("PySceneDetect " + cls, command, runs, "python3 -c \"" + script + "\" VIDEO (includes Python start-up)");
    }

    private static Side timed(String name, List<String> command, int runs, String note) throws IOException, InterruptedException {
        if (ExternalTool.run(command) != 0) {
            return new Side(name, null, "failed: " + String.join(" ", command));
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            ExternalTool.run(command);
            times[i] = (System.nanoTime() - t0) / 1e9;
        }
        return new Side(name, median(times), note);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
