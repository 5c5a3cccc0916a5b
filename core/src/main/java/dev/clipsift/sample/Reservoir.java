package dev.clipsift.sample;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Seeded reservoir sampling (Algorithm R) over a stream of unknown length: memory is the sample, not the
 * stream. {@link Random} is used because its algorithm is fixed by its specification, so the same seed
 * picks the same items on every JVM; the seed is first spread with SplitMix64's finaliser, since nearby
 * seeds (0, 1, 2, ...) would otherwise start {@link Random} on correlated draws. The result keeps the
 * stream's order.
 */
public final class Reservoir {
    private Reservoir() {}

    public record Result<T>(List<T> items, long seen) {}

    static long mix(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static <T> Result<T> sample(Iterator<T> stream, int n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("nsamples must be >= 0, got " + n);
        }
        Random random = new Random(mix(seed));
        List<T> items = new ArrayList<>(Math.min(n, 1 << 16));
        List<Long> order = new ArrayList<>(Math.min(n, 1 << 16));
        long i = 0;
        while (stream.hasNext()) {
            T item = stream.next();
            if (i < n) {
                items.add(item);
                order.add(i);
            } else {
                long j =
                        i < Integer.MAX_VALUE ? random.nextInt((int) (i + 1)) : Math.floorMod(random.nextLong(), i + 1);
                if (j < n) {
                    items.set((int) j, item);
                    order.set((int) j, i);
                }
            }
            i++;
        }
        List<Integer> idx = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            idx.add(k);
        }
        idx.sort((a, b) -> Long.compare(order.get(a), order.get(b)));
        List<T> sorted = new ArrayList<>(items.size());
        for (int k : idx) {
            sorted.add(items.get(k));
        }
        return new Result<>(sorted, i);
    }
}
