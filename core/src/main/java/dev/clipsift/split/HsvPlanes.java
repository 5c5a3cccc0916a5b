package dev.clipsift.split;

/**
 * A frame in OpenCV's 8-bit HSV (hue 0..179, saturation and value 0..255) as three planes, converted from
 * packed BGR with the same fixed-point tables as OpenCV's {@code cvtColor(COLOR_BGR2HSV)}, so scores match
 * PySceneDetect's bit for bit without a round trip through OpenCV.
 */
final class HsvPlanes {
    private static final int SHIFT = 12;
    private static final int HALF = 1 << (SHIFT - 1);
    private static final int[] SAT_DIV = new int[256];
    private static final int[] HUE_DIV = new int[256];

    static {
        for (int i = 1; i < 256; i++) {
            SAT_DIV[i] = (int) Math.round((255 << SHIFT) / (double) i);
            HUE_DIV[i] = (int) Math.round((180 << SHIFT) / (6.0 * i));
        }
    }

    final byte[] hue;
    final byte[] sat;
    final byte[] val;

    HsvPlanes(int pixels) {
        hue = new byte[pixels];
        sat = new byte[pixels];
        val = new byte[pixels];
    }

    int pixels() {
        return val.length;
    }

    /** Fills the planes from {@code pixels()} packed BGR pixels. */
    void fromBgr(byte[] bgr) {
        int n = val.length;
        for (int i = 0, p = 0; i < n; i++, p += 3) {
            int b = bgr[p] & 0xFF;
            int g = bgr[p + 1] & 0xFF;
            int r = bgr[p + 2] & 0xFF;
            int v = Math.max(b, Math.max(g, r));
            int diff = v - Math.min(b, Math.min(g, r));
            int h;
            if (v == r) {
                h = g - b;
            } else if (v == g) {
                h = b - r + 2 * diff;
            } else {
                h = r - g + 4 * diff;
            }
            h = (h * HUE_DIV[diff] + HALF) >> SHIFT;
            if (h < 0) {
                h += 180;
            }
            hue[i] = (byte) h;
            sat[i] = (byte) ((diff * SAT_DIV[v] + HALF) >> SHIFT);
            val[i] = (byte) v;
        }
    }

    /** Mean absolute difference of two 8-bit planes of the same size. */
    static double meanDistance(byte[] a, byte[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs((a[i] & 0xFF) - (b[i] & 0xFF));
        }
        return sum / (double) a.length;
    }
}
