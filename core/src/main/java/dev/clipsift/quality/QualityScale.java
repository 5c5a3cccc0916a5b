package dev.clipsift.quality;

import java.util.List;

/**
 * Maps a frame's raw measures ({@link FrameMeasures}) to sub-scores in 0..1 (1 = good) and combines them into
 * the clip's {@code quality} on a 0-10 scale. With {@code ramp(v, a, b)} = (v - a) / (b - a) clamped to 0..1:
 * <ul>
 *   <li>brisque = ramp(BRISQUE, 80, 5): 5 or less (pristine footage) is 1, 80 or more is 0 (clean natural
 *       footage measures 10-30);</li>
 *   <li>sharpness = min(ramp(L, log10 20, log10 1000), ramp(L, log10 30000, log10 5000)), L = log10(variance of
 *       the Laplacian of the luma), on the frame as decoded (at most 512 px on its longer side, so large sources
 *       are judged at one size): soft below 20, fully sharp from 1000, and above 5000 more noise than detail;</li>
 *   <li>exposure = min(ramp(mean luma, 0.05, 0.30), ramp(mean luma, 0.95, 0.75), ramp(clipped, 0.5, 0.1)): a
 *       mean luma between 0.30 and 0.75 with at most 10 % of pixels crushed or blown is fully exposed;</li>
 *   <li>contrast = ramp(RMS contrast of the luma, 0.02, 0.25);</li>
 *   <li>colourfulness = ramp(Hasler-Suesstrunk M, 0, 50): "averagely colourful" (45) or more is nearly 1, grey
 *       is 0;</li>
 *   <li>blockiness = ramp(block-edge periodicity, 0.4, 0.1): 0.1 or less (clean sources measure 0.01-0.12) is
 *       1, 0.4 or more (MPEG-4 at its coarsest quantiser measures about 0.3) is 0.</li>
 * </ul>
 * Each sub-score is averaged over the clip's frames (a frame whose BRISQUE is not a number counts 0 there), and
 * {@code quality = 10 * sum(weight_i * subscore_i)} with the weights {@link #WEIGHTS}: brisque 0.30, sharpness
 * 0.25, exposure 0.15, blockiness 0.15, contrast 0.10, colourfulness 0.05 (they sum to 1). BRISQUE, sharpness
 * and blockiness, the measures of capture and coding damage, carry most of it; colourfulness the least, since a
 * grey-toned clip is not a damaged one. The good ends of the ramps are set high enough that ordinary clean footage
 * lands around 7-9 and only pristine, crisp, contrasty footage reaches 10, so the score still ranks good clips.
 */
final class QualityScale {
    /** The components in the order of {@link #WEIGHTS}, as the score names' suffixes. */
    static final List<String> COMPONENTS =
            List.of("brisque", "sharpness", "exposure", "contrast", "colourfulness", "blockiness");

    static final double[] WEIGHTS = {0.30, 0.25, 0.15, 0.10, 0.05, 0.15};

    private QualityScale() {}

    /** The sub-scores of one frame, in {@link #COMPONENTS} order, each 0..1. */
    static double[] subScores(FrameMeasures m) {
        double lum = m.meanLuma();
        double sharp = Math.log10(Math.max(1e-9, m.sharpness()));
        return new double[] {
            Double.isFinite(m.brisque()) ? ramp(m.brisque(), 80, 5) : 0,
            Math.min(ramp(sharp, Math.log10(20), Math.log10(1000)), ramp(sharp, Math.log10(30000), Math.log10(5000))),
            Math.min(Math.min(ramp(lum, 0.05, 0.30), ramp(lum, 0.95, 0.75)), ramp(m.clipped(), 0.5, 0.1)),
            ramp(m.contrast(), 0.02, 0.25),
            ramp(m.colourfulness(), 0, 50),
            ramp(m.blockiness(), 0.4, 0.1)
        };
    }

    /** The clip's sub-scores: each averaged over its frames. Empty frames give all zeros. */
    static double[] clip(List<FrameMeasures> frames) {
        double[] sum = new double[COMPONENTS.size()];
        for (FrameMeasures f : frames) {
            double[] s = subScores(f);
            for (int i = 0; i < s.length; i++) {
                sum[i] += s[i];
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] = frames.isEmpty() ? 0 : sum[i] / frames.size();
        }
        return sum;
    }

    /** The combined score, 0-10, of sub-scores in {@link #COMPONENTS} order. */
    static double combine(double[] subScores) {
        double q = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            q += WEIGHTS[i] * subScores[i];
        }
        return 10 * q;
    }

    /** (v - a) / (b - a) clamped to 0..1; b may be below a (then lower v is better); NaN gives 0. */
    static double ramp(double v, double a, double b) {
        double t = (v - a) / (b - a);
        return Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
    }
}
