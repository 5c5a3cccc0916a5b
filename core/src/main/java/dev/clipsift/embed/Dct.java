package dev.clipsift.embed;

/**
 * The orthonormal 2-D DCT-II of an {@code n x n} block (row-major, {@code block[y * n + x]}): coefficient
 * {@code [v * n + u]} holds vertical frequency {@code v} and horizontal frequency {@code u}; {@code [0]} is
 * {@code n} times the block's mean. Immutable and thread-safe once built.
 */
public final class Dct {
    private final int n;
    private final double[] basis;

    public Dct(int n) {
        this.n = n;
        this.basis = new double[n * n];
        for (int k = 0; k < n; k++) {
            double scale = Math.sqrt((k == 0 ? 1.0 : 2.0) / n);
            for (int x = 0; x < n; x++) {
                basis[k * n + x] = scale * Math.cos(Math.PI * (2 * x + 1) * k / (2.0 * n));
            }
        }
    }

    public int size() {
        return n;
    }

    /** The coefficients of {@code block} ({@code n * n} values). */
    public double[] transform(double[] block) {
        if (block.length != n * n) {
            throw new IllegalArgumentException("expected " + n * n + " values, got " + block.length);
        }
        double[] rows = new double[n * n];
        for (int y = 0; y < n; y++) {
            for (int u = 0; u < n; u++) {
                double s = 0;
                for (int x = 0; x < n; x++) {
                    s += basis[u * n + x] * block[y * n + x];
                }
                rows[y * n + u] = s;
            }
        }
        double[] out = new double[n * n];
        for (int v = 0; v < n; v++) {
            for (int u = 0; u < n; u++) {
                double s = 0;
                for (int y = 0; y < n; y++) {
                    s += basis[v * n + y] * rows[y * n + u];
                }
                out[v * n + u] = s;
            }
        }
        return out;
    }
}
