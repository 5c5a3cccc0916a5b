package dev.clipsift.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HammingPairsTest {
    @Test
    void theMultiIndexFindsExactlyThePairsWithinTheDistance() {
        Random r = new Random(5);
        long[] h = new long[600];
        for (int i = 0; i < h.length; i += 3) {
            h[i] = r.nextLong();
            for (int k = 1; k < 3 && i + k < h.length; k++) {
                long v = h[i];
                for (int flips = r.nextInt(20); flips > 0; flips--) {
                    v ^= 1L << r.nextInt(64);
                }
                h[i + k] = v;
            }
        }
        for (int max : new int[] {0, 5, 12}) {
            Set<Long> expected = new HashSet<>();
            for (int a = 0; a < h.length; a++) {
                for (int b = a + 1; b < h.length; b++) {
                    if (Long.bitCount(h[a] ^ h[b]) <= max) {
                        expected.add(a * 1000L + b);
                    }
                }
            }
            Set<Long> found = new HashSet<>();
            HammingPairs.find(h, max, (a, b, dist) -> {
                assertThat(dist).isEqualTo(Long.bitCount(h[a] ^ h[b]));
                assertThat(found.add(a * 1000L + b)).isTrue();
            });
            assertThat(found).as("within " + max).isEqualTo(expected);
        }
    }
}
