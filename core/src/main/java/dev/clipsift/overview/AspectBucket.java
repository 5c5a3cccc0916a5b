package dev.clipsift.overview;

/**
 * Names a frame shape by the nearest common aspect ratio, with the same cut points as dataset sharding
 * (w/h: up to 0.65 is 9:16, 0.88 is 3:4, 1.16 is 1:1, 1.55 is 4:3, above is 16:9).
 */
public final class AspectBucket {
    private AspectBucket() {}

    public static String of(int width, int height) {
        double r = width / (double) height;
        if (r <= 0.65) {
            return "9:16";
        } else if (r <= 0.88) {
            return "3:4";
        } else if (r <= 1.16) {
            return "1:1";
        } else if (r <= 1.55) {
            return "4:3";
        }
        return "16:9";
    }
}
