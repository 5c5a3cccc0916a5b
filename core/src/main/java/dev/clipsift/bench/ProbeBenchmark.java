package dev.clipsift.bench;

import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.probe.VideoRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Probing speed: ClipSift cold (empty cache), ClipSift warm (cache reopened from disk, as a second run
 * would) and Debian's ffprobe started once per file with the same parallelism, over the same files.
 */
public final class ProbeBenchmark {

    public record Result(int files, int threads, double coldS, double warmS, Double ffprobeS, String ffprobeNote) {
        public double coldFilesPerS() {
            return files / coldS;
        }

        public double warmFilesPerS() {
            return files / warmS;
        }

        /** How many times faster the cold pass is than ffprobe-per-file (null without ffprobe). */
        public Double coldSpeedup() {
            return ffprobeS == null ? null : ffprobeS / coldS;
        }

        public Double warmSpeedup() {
            return ffprobeS == null ? null : ffprobeS / warmS;
        }
    }

    private ProbeBenchmark() {}

    public static Result run(List<Path> files, int threads) throws IOException, InterruptedException {
        Path cacheDir = Files.createTempDirectory("clipsift-bench-cache");
        Path cacheFile = cacheDir.resolve("probe-cache.jsonl");
        try {
            long t0 = System.nanoTime();
            try (ProbeCache cache = ProbeCache.open(cacheFile)) {
                checkAllProbed(new ProbeService(cache, threads).probeAll(files), files);
            }
            double cold = (System.nanoTime() - t0) / 1e9;

            long t1 = System.nanoTime();
            try (ProbeCache cache = ProbeCache.open(cacheFile)) {
                checkAllProbed(new ProbeService(cache, threads).probeAll(files), files);
            }
            double warm = (System.nanoTime() - t1) / 1e9;

            Optional<Path> ffprobe = ExternalTool.find("ffprobe");
            if (ffprobe.isEmpty()) {
                return new Result(files.size(), threads, cold, warm, null, "ffprobe not installed (apt-get install ffmpeg): reference side skipped");
            }
            double ref = timeFfprobe(ffprobe.get(), files, threads);
            return new Result(files.size(), threads, cold, warm, ref, "ffprobe -show_format -show_streams -of json, one process per file, " + threads + " at a time");
        } finally {
            Files.deleteIfExists(cacheFile);
            Files.deleteIfExists(cacheDir);
        }
    }

    private static void checkAllProbed(List<VideoRecord> records, List<Path> files) {
        if (records.size() != files.size()) {
            throw new IllegalStateException("probed " + records.size() + " of " + files.size() + " files");
        }
    }

    private static double timeFfprobe(Path ffprobe, List<Path> files, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Path f : files) {
                results.add(pool.submit(() -> ExternalTool.run(List.of(ffprobe.toString(), "-v", "error",
                        "-show_format", "-show_streams", "-of", "json", f.toString()))));
            }
            for (Future<Integer> r : results) {
                r.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("ffprobe failed to run: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
