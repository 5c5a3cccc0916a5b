package dev.clipsift.review;

import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Principal component analysis to two dimensions by power iteration: the rows are centred, the first component
 * is the fixed point of {@code v <- X^T X v} (normalised), the second the same with the first projected out at
 * each step; each row's coordinates are its dot products with the two. The start vectors come from
 * {@code seed}, so equal input gives an equal map.
 */
public final class Projection {
    static final int ITERATIONS = 100;

    private Projection() {}

    /** {@code 2 * n} coordinates (x, y per row) of {@code n} rows of {@code dim} values in {@code data}. */
    public static float[] of(float[] data, int n, int dim, long seed) {
        double[] mean = new double[dim];
        for (int r = 0; r < n; r++) {
            for (int d = 0; d < dim; d++) {
                mean[d] += data[r * dim + d];
            }
        }
        for (int d = 0; d < dim; d++) {
            mean[d] /= Math.max(1, n);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] first = component(data, n, dim, mean, null, random);
        double[] second = component(data, n, dim, mean, first, random);
        float[] out = new float[2 * n];
        for (int r = 0; r < n; r++) {
            out[2 * r] = (float) centredDot(data, r, dim, mean, first);
            out[2 * r + 1] = (float) centredDot(data, r, dim, mean, second);
        }
        return out;
    }

    private static double[] component(
            float[] data, int n, int dim, double[] mean, double @Nullable [] orthogonalTo, SplittableRandom random) {
        double[] v = new double[dim];
        for (int d = 0; d < dim; d++) {
            v[d] = random.nextDouble() - 0.5;
        }
        normalise(v, orthogonalTo);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] next = new double[dim];
            for (int r = 0; r < n; r++) {
                double p = centredDot(data, r, dim, mean, v);
                for (int d = 0; d < dim; d++) {
                    next[d] += p * (data[r * dim + d] - mean[d]);
                }
            }
            if (!normalise(next, orthogonalTo)) {
                break;
            }
            v = next;
        }
        return v;
    }

    /** Removes the part along {@code orthogonalTo} (if any) and scales to length 1; false when nothing is left. */
    private static boolean normalise(double[] v, double @Nullable [] orthogonalTo) {
        if (orthogonalTo != null) {
            double p = 0;
            for (int d = 0; d < v.length; d++) {
                p += v[d] * orthogonalTo[d];
            }
            for (int d = 0; d < v.length; d++) {
                v[d] -= p * orthogonalTo[d];
            }
        }
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        if (!(norm > 1e-24)) {
            return false;
        }
        double s = 1 / Math.sqrt(norm);
        for (int d = 0; d < v.length; d++) {
            v[d] *= s;
        }
        return true;
    }

    private static double centredDot(float[] data, int r, int dim, double[] mean, double[] v) {
        double p = 0;
        for (int d = 0; d < dim; d++) {
            p += (data[r * dim + d] - mean[d]) * v[d];
        }
        return p;
    }
}
