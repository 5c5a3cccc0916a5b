package dev.clipsift.bench;

import dev.clipsift.pipeline.RunListener;
import dev.clipsift.run.CurationRun;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunSummary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Speed and memory of a full {@code run} (no captions) into a temporary folder: seconds of source video
 * processed per second of wall time, the process's peak resident memory (VmHWM: Java heap plus FFmpeg's
 * native buffers) and the Java heap's peak.
 */
public final class RunBenchmark {

    public record Result(RunSummary summary, double wallS, long peakRssBytes, long peakHeapBytes) {
        public double videoSecondsPerSecond() {
            return summary.videoS() / wallS;
        }
    }

    private RunBenchmark() {}

    public static Result run(RunConfig config, int threads) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("clipsift-bench-run");
        try {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            RunSummary s = new CurationRun(out, threads, RunListener.NONE, w -> {}).start(config);
            double wall = (System.nanoTime() - t0) / 1e9;
            long heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed())
                    .sum();
            return new Result(s, wall, peakRss(), heap);
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Peak resident set size of this process from /proc (Linux), or -1 where unavailable. */
    static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
