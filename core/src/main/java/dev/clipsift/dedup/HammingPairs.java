package dev.clipsift.dedup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every pair of 64-bit hashes at most {@code maxDistance} bits apart, through a multi-index: the bits are cut
 * into {@code maxDistance + 1} bands, and two hashes that close agree on at least one band (pigeonhole), so only
 * hashes sharing a band value are compared. Each pair is reported once, lower index first.
 */
final class HammingPairs {
    interface Sink {
        void pair(int a, int b, int distance);
    }

    private HammingPairs() {}

    static void find(long[] hashes, int maxDistance, Sink sink) {
        int bands = Math.min(64, maxDistance + 1);
        Map<Long, Integer> seen = new HashMap<>();
        for (int band = 0; band < bands; band++) {
            int from = band * 64 / bands;
            int to = (band + 1) * 64 / bands;
            long mask = (to - from == 64 ? -1L : ((1L << (to - from)) - 1)) << from;
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < hashes.length; i++) {
                buckets.computeIfAbsent(hashes[i] & mask, k -> new java.util.ArrayList<>())
                        .add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int p = 0; p < bucket.size(); p++) {
                    for (int q = p + 1; q < bucket.size(); q++) {
                        int a = bucket.get(p);
                        int b = bucket.get(q);
                        int dist = Long.bitCount(hashes[a] ^ hashes[b]);
                        if (dist <= maxDistance && seen.putIfAbsent(a * (long) hashes.length + b, band) == null) {
                            sink.pair(a, b, dist);
                        }
                    }
                }
            }
        }
    }
}
