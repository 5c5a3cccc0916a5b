package dev.clipsift.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CosinePairsTest {
    /** Unit vectors: {@code groups} random directions, each with {@code per} noisy copies. */
    static float[] vectors(int groups, int per, int d, double noise, long seed) {
        Random r = new Random(seed);
        float[] x = new float[groups * per * d];
        for (int g = 0; g < groups; g++) {
            double[] base = new double[d];
            for (int t = 0; t < d; t++) {
                base[t] = r.nextGaussian();
            }
            for (int p = 0; p < per; p++) {
                int row = g * per + p;
                for (int t = 0; t < d; t++) {
                    x[row * d + t] = (float) (base[t] + r.nextGaussian() * noise);
                }
            }
        }
        SemanticPairs.normalise(x, d);
        return x;
    }

    static Set<Long> brute(float[] x, int n, int d, double minCos) {
        Set<Long> out = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                float dot = 0;
                for (int t = 0; t < d; t++) {
                    dot += x[i * d + t] * x[j * d + t];
                }
                if (dot >= minCos) {
                    out.add(i * (long) n + j);
                }
            }
        }
        return out;
    }

    static Set<Long> found(float[] x, int n, int d, double minCos) {
        Set<Long> out = new ConcurrentSkipListSet<>();
        CosinePairs.find(x, d, IntStream.range(0, n).toArray(), minCos, 42, (a, b, cos) -> {
            assertThat(out.add(a * (long) n + b)).as("each pair once").isTrue();
        });
        return out;
    }

    @Test
    void aSetLargeEnoughToBeSplitGivesExactlyThePairsOfTheFullComparison() {
        int d = 16;
        int n = 3000 * 2;
        float[] x = vectors(3000, 2, d, 0.1, 7); // pairs near 0.99, some above, some below
        Set<Long> expected = brute(x, n, d, 0.99);
        assertThat(expected).hasSizeBetween(100, 2999);
        assertThat(found(x, n, d, 0.99)).isEqualTo(expected);
    }

    @Test
    void manyCopiesOfOneVectorAreAllPaired() {
        int d = 8;
        int n = 1500;
        float[] x = vectors(1, n, d, 0, 3);
        assertThat(found(x, n, d, 0.99)).hasSize(n * (n - 1) / 2);
    }
}
