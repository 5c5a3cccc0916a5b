package dev.clipsift.quality;

/**
 * The raw no-reference measures of one frame, before {@link QualityScale} maps them to 0..1.
 *
 * @param brisque OpenCV's BRISQUE score (0 best, about 100 worst; NaN when it cannot be computed)
 * @param sharpness variance of the Laplacian of the luma (0..255 scale)
 * @param meanLuma mean luma, 0..1
 * @param clipped fraction of pixels crushed to black (luma &lt;= 8) or blown to white (luma &gt;= 247)
 * @param contrast RMS contrast: the standard deviation of the luma, 0..1
 * @param colourfulness Hasler and Suesstrunk's colourfulness M (0 for grey, about 60 for a highly colourful
 *     picture)
 * @param blockiness the periodic part of the luma's neighbour differences at the coding-block period, relative
 *     to their mean (0 for none; about 2 for pure 8x8 steps)
 */
record FrameMeasures(
        double brisque,
        double sharpness,
        double meanLuma,
        double clipped,
        double contrast,
        double colourfulness,
        double blockiness) {}
