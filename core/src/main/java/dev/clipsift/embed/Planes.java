package dev.clipsift.embed;

import dev.clipsift.engine.FrameSample;

/**
 * A frame as three {@code n x n} planes of full-range BT.601 luma and chroma ({@code y} 0-255, {@code cb} and
 * {@code cr} centred on 0), each cell the area-weighted mean of the source pixels it covers (fractional edges
 * count by their share), so the planes do not depend on the frame's size and barely on a small crop.
 */
public record Planes(int n, double[] y, double[] cb, double[] cr) {

    public static Planes of(FrameSample f, int n) {
        double[][] wx = weights(f.width(), n);
        double[][] wy = weights(f.height(), n);
        double[] y = new double[n * n];
        double[] cb = new double[n * n];
        double[] cr = new double[n * n];
        byte[] bgr = f.bgr();
        int w = f.width();
        double[] rowY = new double[n];
        double[] rowCb = new double[n];
        double[] rowCr = new double[n];
        for (int sy = 0; sy < f.height(); sy++) {
            java.util.Arrays.fill(rowY, 0);
            java.util.Arrays.fill(rowCb, 0);
            java.util.Arrays.fill(rowCr, 0);
            for (int sx = 0; sx < w; sx++) {
                int p = (sy * w + sx) * 3;
                double b = bgr[p] & 0xff;
                double g = bgr[p + 1] & 0xff;
                double r = bgr[p + 2] & 0xff;
                double luma = 0.299 * r + 0.587 * g + 0.114 * b;
                double blue = 0.564 * (b - luma);
                double red = 0.713 * (r - luma);
                for (int cx = (int) wx[sx][0]; cx <= (int) wx[sx][1]; cx++) {
                    double share = wx[sx][2 + cx - (int) wx[sx][0]];
                    rowY[cx] += share * luma;
                    rowCb[cx] += share * blue;
                    rowCr[cx] += share * red;
                }
            }
            for (int cy = (int) wy[sy][0]; cy <= (int) wy[sy][1]; cy++) {
                double share = wy[sy][2 + cy - (int) wy[sy][0]];
                for (int cx = 0; cx < n; cx++) {
                    y[cy * n + cx] += share * rowY[cx];
                    cb[cy * n + cx] += share * rowCb[cx];
                    cr[cy * n + cx] += share * rowCr[cx];
                }
            }
        }
        return new Planes(n, y, cb, cr);
    }

    /**
     * For each of {@code size} source pixels: the first and last cell of {@code n} it overlaps, then its share of
     * each of those cells (overlap / cell width, so a cell's shares sum to 1).
     */
    private static double[][] weights(int size, int n) {
        double cell = size / (double) n;
        double[][] out = new double[size][];
        for (int s = 0; s < size; s++) {
            int first = Math.min(n - 1, (int) Math.floor(s / cell));
            int last = Math.min(n - 1, (int) Math.floor(Math.nextDown(s + 1) / cell));
            double[] w = new double[2 + last - first + 1];
            w[0] = first;
            w[1] = last;
            for (int c = first; c <= last; c++) {
                double overlap = Math.min(s + 1, (c + 1) * cell) - Math.max(s, c * cell);
                w[2 + c - first] = Math.max(0, overlap) / cell;
            }
            out[s] = w;
        }
        return out;
    }
}
