package dev.clipsift.bench;

import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.probe.VideoRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Probing speed over the same files, like for like. <b>Steady</b> (start-up left out on both sides): ClipSift cold
 * (empty cache) and warm (cache reopened from disk, as a second run would) in this JVM after one untimed probe has
 * loaded FFmpeg; ffprobe started once per file minus its start-up, measured by an {@code ffprobe -version} no-op
 * started right after each file's run. <b>Whole process</b>: {@code clipsift probe} started once over all the files (fresh JVM; cold with
 * {@code --no-cache}, warm on a cache a first run filled) against ffprobe once per file, same parallelism.
 */
public final class ProbeBenchmark {

    /** Seconds of each side; the ffprobe fields are null without ffprobe. */
    public record Result(
            int files,
            int threads,
            double coldS,
            double warmS,
            double coldWholeS,
            double warmWholeS,
            Double ffprobeS,
            Double ffprobeStartupS,
            String ffprobeNote) {
        /** ffprobe's time over all files less its start-up cost (the no-op runs); null without ffprobe. */
        public Double ffprobeSteadyS() {
            return ffprobeS == null ? null : ffprobeS - ffprobeStartupS;
        }

        public double filesPerS(double seconds) {
            return files / seconds;
        }
    }

    private ProbeBenchmark() {}

    public static Result run(List<Path> files, int threads) throws IOException, InterruptedException {
        Path cacheDir = Files.createTempDirectory("clipsift-bench-cache");
        Path cacheFile = cacheDir.resolve("probe-cache.jsonl");
        Path cliCache = Files.createTempDirectory("clipsift-bench-cli-cache");
        try {
            new ProbeService(null, 1).probe(files.get(0)); // loads FFmpeg's natives: not part of the steady time
            double cold = timeInJvm(cacheFile, files, threads);
            double warm = timeInJvm(cacheFile, files, threads);

            double coldWhole = timeCli(cliProbe(files, threads, "--no-cache"));
            List<String> cached = cliProbe(files, threads, "--cache-dir", cliCache.toString());
            timeCli(cached); // fills the cache
            double warmWhole = timeCli(cached);

            Optional<Path> ffprobe = ExternalTool.find("ffprobe");
            double[] ref = ffprobe.isEmpty()
                    ? null
                    : timeFfprobe(
                            files,
                            threads,
                            f -> List.of(
                                    ffprobe.get().toString(),
                                    "-v",
                                    "error",
                                    "-show_format",
                                    "-show_streams",
                                    "-of",
                                    "json",
                                    f.toString()),
                            List.of(ffprobe.get().toString(), "-v", "error", "-version"));
            return new Result(
                    files.size(),
                    threads,
                    cold,
                    warm,
                    coldWhole,
                    warmWhole,
                    ref == null ? null : ref[0],
                    ref == null ? null : ref[1],
                    ref == null
                            ? "ffprobe not installed (apt-get install ffmpeg): reference side skipped"
                            : "ffprobe -show_format -show_streams -of json, one process per file, " + threads
                                    + " at a time; its start-up = an `ffprobe -version` run right after each file's,"
                                    + " same parallelism");
        } finally {
            deleteTree(cacheDir);
            deleteTree(cliCache);
        }
    }

    /** {@code clipsift probe} over {@code files} as a child process (bad files make it exit 2, which is fine here). */
    private static List<String> cliProbe(List<Path> files, int threads, String... options) {
        List<String> args = new ArrayList<>(List.of("probe", "-q", "--threads", String.valueOf(threads)));
        args.addAll(List.of(options));
        files.forEach(f -> args.add(f.toString()));
        return ClipSiftProcess.command(args);
    }

    /** Wall seconds of a {@code clipsift probe} run; exit 2 (some files are not videos) is a finished run too. */
    private static double timeCli(List<String> command) throws IOException, InterruptedException {
        ExternalTool.Completed run = ExternalTool.run(command);
        if (run.exitCode() != 0 && run.exitCode() != 2) {
            throw new IOException("clipsift probe failed (exit " + run.exitCode() + "): " + run.lastLine());
        }
        return run.wallS();
    }

    private static double timeInJvm(Path cacheFile, List<Path> files, int threads) throws IOException {
        long t0 = System.nanoTime();
        try (ProbeCache cache = ProbeCache.open(cacheFile)) {
            List<VideoRecord> records = new ProbeService(cache, threads).probeAll(files);
            if (records.size() != files.size()) {
                throw new IllegalStateException("probed " + records.size() + " of " + files.size() + " files");
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * Runs {@code probe} once per file and {@code noop} right after each, {@code threads} pairs at a time, so both
     * see the same machine load; returns the seconds each kind took, as process wall times summed over all files and
     * divided by {@code threads} (ffprobe exits 1 on a bad file: timed all the same).
     */
    private static double[] timeFfprobe(
            List<Path> files, int threads, Function<Path, List<String>> probe, List<String> noop)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (Path f : files) {
                results.add(pool.submit(() -> new double[] {
                    ExternalTool.run(probe.apply(f)).wallS(),
                    ExternalTool.run(noop).wallS()
                }));
            }
            double[] sum = new double[2];
            for (Future<double[]> r : results) {
                double[] pair = r.get();
                sum[0] += pair[0] / threads;
                sum[1] += pair[1] / threads;
            }
            return sum;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(
                    "ffprobe could not run: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
