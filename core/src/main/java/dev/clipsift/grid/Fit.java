package dev.clipsift.grid;

/**
 * Where a picture sits inside its tile with its display aspect kept: {@code w x h} pixels at {@code (x, y)},
 * the rest of the tile black (letterbox above and below a wider picture, pillarbox beside a taller one).
 */
record Fit(int x, int y, int w, int h) {

    /**
     * Fits a {@code srcW x srcH} picture with pixel aspect {@code sar} into a {@code tileW x tileH} tile,
     * scaling up or down, centred.
     */
    static Fit of(int srcW, int srcH, double sar, int tileW, int tileH) {
        double displayW = srcW * sar;
        double scale = Math.min(tileW / displayW, tileH / (double) srcH);
        int w = clamp((int) Math.round(displayW * scale), tileW);
        int h = clamp((int) Math.round(srcH * scale), tileH);
        return new Fit((tileW - w) / 2, (tileH - h) / 2, w, h);
    }

    private static int clamp(int v, int max) {
        return Math.max(1, Math.min(max, v));
    }
}
