package dev.clipsift.dedup;

import java.util.Random;
import java.util.stream.IntStream;

/**
 * Lloyd's k-means over {@code n} vectors of {@code d} floats held in one flat array (row i at {@code i * d}), as
 * cosmos-curate's semantic dedup runs it: k-means++ seeding from {@code seed}, at most {@code maxIter}
 * iterations, stopping early once no vector changes cluster. The assignment step, the costly one
 * ({@code n * k * d}), runs in parallel over blocks of rows on the common fork-join pool, each block summing its
 * own centroids; the blocks are reduced in order, so the result does not depend on the number of threads. A
 * cluster left empty keeps its centroid.
 */
public final class KMeans {
    private static final int BLOCK = 4096;

    /** Each vector's cluster, the {@code k * d} centroids and the iterations run. */
    public record Result(int[] labels, float[] centroids, int k, int iterations) {}

    private KMeans() {}

    public static Result fit(float[] x, int n, int d, int k, int maxIter, long seed) {
        if (n == 0) {
            return new Result(new int[0], new float[0], 0, 0);
        }
        k = Math.min(k, n);
        float[] c = seeds(x, n, d, k, seed);
        int[] labels = new int[n];
        java.util.Arrays.fill(labels, -1);
        int iterations = 0;
        while (iterations < maxIter) {
            iterations++;
            float[] centres = c;
            int kk = k;
            int blocks = (n + BLOCK - 1) / BLOCK;
            double[][] sums = new double[blocks][];
            long[][] counts = new long[blocks][];
            boolean[] changed = new boolean[blocks];
            IntStream.range(0, blocks).parallel().forEach(b -> {
                double[] s = new double[kk * d];
                long[] cnt = new long[kk];
                float[] norms = norms(centres, kk, d);
                for (int i = b * BLOCK; i < Math.min(n, (b + 1) * BLOCK); i++) {
                    int best = nearest(x, i, d, centres, norms, kk);
                    if (best != labels[i]) {
                        labels[i] = best;
                        changed[b] = true;
                    }
                    cnt[best]++;
                    for (int j = 0; j < d; j++) {
                        s[best * d + j] += x[i * d + j];
                    }
                }
                sums[b] = s;
                counts[b] = cnt;
            });
            boolean any = false;
            for (boolean ch : changed) {
                any |= ch;
            }
            if (!any) {
                break;
            }
            c = centroids(sums, counts, centres, kk, d);
        }
        return new Result(labels, c, k, iterations);
    }

    /** The new centroids: the blocks' sums reduced in block order; an empty cluster keeps {@code old}'s. */
    private static float[] centroids(double[][] sums, long[][] counts, float[] old, int k, int d) {
        double[] s = new double[k * d];
        long[] cnt = new long[k];
        for (int b = 0; b < sums.length; b++) {
            for (int j = 0; j < s.length; j++) {
                s[j] += sums[b][j];
            }
            for (int j = 0; j < k; j++) {
                cnt[j] += counts[b][j];
            }
        }
        float[] c = old.clone();
        for (int j = 0; j < k; j++) {
            if (cnt[j] > 0) {
                for (int t = 0; t < d; t++) {
                    c[j * d + t] = (float) (s[j * d + t] / cnt[j]);
                }
            }
        }
        return c;
    }

    /** k-means++: the first centre uniformly at random, each next one with probability proportional to D². */
    private static float[] seeds(float[] x, int n, int d, int k, long seed) {
        Random random = new Random(seed);
        float[] c = new float[k * d];
        double[] d2 = new double[n];
        java.util.Arrays.fill(d2, Double.POSITIVE_INFINITY);
        int pick = random.nextInt(n);
        for (int j = 0; j < k; j++) {
            System.arraycopy(x, pick * d, c, j * d, d);
            int centre = j;
            IntStream.range(0, n).parallel().forEach(i -> {
                double dist = squaredDistance(x, i * d, c, centre * d, d);
                if (dist < d2[i]) {
                    d2[i] = dist;
                }
            });
            if (j + 1 == k) {
                break;
            }
            double total = 0;
            for (double v : d2) {
                total += v;
            }
            if (total <= 0) {
                pick = random.nextInt(n); // every vector is a centre already: any will do
                continue;
            }
            double r = random.nextDouble() * total;
            pick = n - 1;
            for (int i = 0; i < n; i++) {
                r -= d2[i];
                if (r < 0) {
                    pick = i;
                    break;
                }
            }
        }
        return c;
    }

    static float[] norms(float[] c, int k, int d) {
        float[] out = new float[k];
        for (int j = 0; j < k; j++) {
            float s = 0;
            for (int t = 0; t < d; t++) {
                s += c[j * d + t] * c[j * d + t];
            }
            out[j] = s;
        }
        return out;
    }

    /** The centre nearest row {@code i}: the least {@code |c|² - 2 x.c}, ties to the lower index. */
    static int nearest(float[] x, int i, int d, float[] c, float[] norms, int k) {
        int best = 0;
        float bestScore = Float.POSITIVE_INFINITY;
        int off = i * d;
        for (int j = 0; j < k; j++) {
            float dot = dot(x, off, c, j * d, d);
            float score = norms[j] - 2 * dot;
            if (score < bestScore) {
                bestScore = score;
                best = j;
            }
        }
        return best;
    }

    /**
     * The dot product of {@code d} floats of {@code a} from {@code ao} and of {@code b} from {@code bo}, summed in
     * four lanes (the JIT keeps a float sum in order, so one accumulator runs at a quarter of the speed).
     */
    static float dot(float[] a, int ao, float[] b, int bo, int d) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int t = 0;
        for (; t + 3 < d; t += 4) {
            s0 += a[ao + t] * b[bo + t];
            s1 += a[ao + t + 1] * b[bo + t + 1];
            s2 += a[ao + t + 2] * b[bo + t + 2];
            s3 += a[ao + t + 3] * b[bo + t + 3];
        }
        for (; t < d; t++) {
            s0 += a[ao + t] * b[bo + t];
        }
        return (s0 + s1) + (s2 + s3);
    }

    static double squaredDistance(float[] a, int ao, float[] b, int bo, int d) {
        double s = 0;
        for (int t = 0; t < d; t++) {
            double diff = a[ao + t] - b[bo + t];
            s += diff * diff;
        }
        return s;
    }
}
