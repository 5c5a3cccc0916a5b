package dev.clipsift.embed;

import dev.clipsift.engine.FrameSample;
import java.util.List;

/**
 * The built-in visual embedding, {@value #MODEL}: a colour-layout descriptor in the manner of MPEG-7's, pooled
 * over a clip's frames. Each frame becomes 32 x 32 {@link Planes}; then
 * <ul>
 *   <li>luma is standardised (mean 0, standard deviation 1: neither exposure nor contrast changes it) and its
 *       {@value #LUMA_BAND} lowest diagonal bands of DCT coefficients without the DC ({@code 0 < u + v <=
 *       7}: 35 values) describe the picture's layout, each divided by {@code (1 + u + v)²} so that the coarsest
 *       layout weighs most;</li>
 *   <li>its mean and standard deviation, each {@code / 16}, keep how bright and how contrasted it is;</li>
 *   <li>each chroma plane's {@code u + v <= 2} coefficients ({@code / 128}, weighted the same way, 6 values
 *       each) keep its colours.</li>
 * </ul>
 * The clip's vector is the mean of its frames' ({@value #DIM} values), L2-normalised, so cosine similarity is a
 * dot product. Low frequencies are what a re-encode, a resize or a crop of a few per cent leave nearly
 * unchanged, and the mean over the clip is what a time shift of a fraction of a second barely moves; different
 * shots, even of one scene, differ in layout and colour. On bikes.mp4's five shots (one street) copies cropped
 * by 3 and 5 % a side, or started 4 or 8 frames later, stay at cosine 0.982 or more to their shot while
 * different shots stay at 0.79 or less.
 */
public final class DctDescriptor {
    public static final String MODEL = "clipsift-dct-v1";

    static final int GRID = 32;
    static final int LUMA_BAND = 7;
    static final int CHROMA_BAND = 2;
    static final int LUMA_VALUES = (LUMA_BAND + 1) * (LUMA_BAND + 2) / 2 - 1;
    static final int CHROMA_VALUES = (CHROMA_BAND + 1) * (CHROMA_BAND + 2) / 2;
    public static final int DIM = LUMA_VALUES + 2 + 2 * CHROMA_VALUES;

    private final Dct dct = new Dct(GRID);

    /** The clip's unit vector from its frames; an {@link IllegalArgumentException} when there are none. */
    public float[] embed(List<FrameSample> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("no frames to embed");
        }
        double[] sum = new double[DIM];
        for (FrameSample f : frames) {
            double[] d = frame(Planes.of(f, GRID));
            for (int i = 0; i < DIM; i++) {
                sum[i] += d[i];
            }
        }
        return UnitVectors.of(sum);
    }

    /** One frame's descriptor, before pooling. */
    double[] frame(Planes p) {
        double[] out = new double[DIM];
        double mean = 0;
        for (double v : p.y()) {
            mean += v;
        }
        mean /= p.y().length;
        double var = 0;
        for (double v : p.y()) {
            var += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(var / p.y().length);
        double[] z = new double[p.y().length];
        double scale = 1 / Math.max(std, 1);
        for (int i = 0; i < z.length; i++) {
            z[i] = (p.y()[i] - mean) * scale;
        }
        int k = band(dct.transform(z), LUMA_BAND, false, 1, out, 0);
        out[k++] = (mean - 128) / 16;
        out[k++] = std / 16;
        k = band(dct.transform(p.cb()), CHROMA_BAND, true, 1 / 128.0, out, k);
        band(dct.transform(p.cr()), CHROMA_BAND, true, 1 / 128.0, out, k);
        return out;
    }

    /**
     * Copies the coefficients with {@code u + v <= band} (with or without the DC) into {@code out} at {@code at},
     * times {@code scale} and divided by {@code (1 + u + v)²}.
     */
    private static int band(double[] coef, int band, boolean dc, double scale, double[] out, int at) {
        int k = at;
        for (int s = dc ? 0 : 1; s <= band; s++) {
            for (int v = 0; v <= s; v++) {
                out[k++] = coef[v * GRID + (s - v)] * scale / ((1 + s) * (1 + s));
            }
        }
        return k;
    }
}
