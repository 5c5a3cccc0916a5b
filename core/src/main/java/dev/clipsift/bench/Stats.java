package dev.clipsift.bench;

import java.util.Arrays;

/** Summaries of repeated timings. */
final class Stats {
    private Stats() {}

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }
}
