package dev.clipsift.overview;

import dev.clipsift.probe.VideoRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts over a whole listing, for the overview charts: durations, resolutions, frame rates, codecs, file
 * sizes and frame shapes of the readable videos, and how many files could not be read. Category counts are
 * ordered most common first.
 */
public record DatasetStats(
        long total,
        long unreadable,
        double totalDurationS,
        long totalBytes,
        List<Bin> durations,
        List<Bin> sizes,
        Map<String, Long> resolutions,
        Map<String, Long> frameRates,
        Map<String, Long> codecs,
        Map<String, Long> aspectRatios) {

    private static final double[] DURATION_EDGES = {0, 2, 5, 10, 30, 60, 300, 1200, Double.POSITIVE_INFINITY};
    private static final String[] DURATION_LABELS = {
        "< 2 s", "2-5 s", "5-10 s", "10-30 s", "30-60 s", "1-5 min", "5-20 min", ">= 20 min"
    };
    private static final double[] SIZE_EDGES = {0, 100e3, 1e6, 10e6, 100e6, 1e9, Double.POSITIVE_INFINITY};
    private static final String[] SIZE_LABELS = {
        "< 100 KB", "100 KB-1 MB", "1-10 MB", "10-100 MB", "100 MB-1 GB", ">= 1 GB"
    };

    public static DatasetStats of(Collection<VideoRecord> records) {
        List<VideoRecord> ok = records.stream().filter(VideoRecord::ok).toList();
        double totalDuration = ok.stream()
                .mapToDouble(r -> r.durationS() == null ? 0 : r.durationS())
                .sum();
        long totalBytes = records.stream()
                .mapToLong(r -> r.sizeBytes() == null ? 0 : r.sizeBytes())
                .sum();
        return new DatasetStats(
                records.size(),
                records.size() - ok.size(),
                totalDuration,
                totalBytes,
                histogram(
                        ok.stream()
                                .filter(r -> r.durationS() != null)
                                .map(VideoRecord::durationS)
                                .toList(),
                        DURATION_EDGES,
                        DURATION_LABELS),
                histogram(
                        ok.stream()
                                .filter(r -> r.sizeBytes() != null)
                                .map(r -> (double) r.sizeBytes())
                                .toList(),
                        SIZE_EDGES,
                        SIZE_LABELS),
                countBy(ok, r -> r.displayWidth() + "x" + r.displayHeight()),
                countBy(ok, r -> r.fps() == null ? "unknown" : formatFps(r.fps())),
                countBy(ok, r -> r.codec() == null ? "unknown" : r.codec()),
                countBy(ok, r -> AspectBucket.of(r.displayWidth(), r.displayHeight())));
    }

    /** A frame rate as people write it: 25, 29.97, 59.94. */
    public static String formatFps(double fps) {
        double rounded = Math.round(fps * 100) / 100.0;
        return rounded == Math.rint(rounded)
                ? String.valueOf((long) rounded)
                : String.format(Locale.ROOT, "%.2f", rounded);
    }

    private static List<Bin> histogram(List<Double> values, double[] edges, String[] labels) {
        long[] counts = new long[labels.length];
        for (double v : values) {
            for (int i = 0; i < labels.length; i++) {
                if (v >= edges[i] && v < edges[i + 1]) {
                    counts[i]++;
                    break;
                }
            }
        }
        List<Bin> bins = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            bins.add(new Bin(labels[i], edges[i], edges[i + 1], counts[i]));
        }
        return bins;
    }

    private static Map<String, Long> countBy(List<VideoRecord> records, Function<VideoRecord, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        for (VideoRecord r : records) {
            counts.merge(key.apply(r), 1L, Long::sum);
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }
}
