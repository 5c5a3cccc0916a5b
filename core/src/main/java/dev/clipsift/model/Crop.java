package dev.clipsift.model;

/**
 * The part of the source picture a clip keeps, in source pixels: {@code x, y} its top-left corner, {@code w, h}
 * its size, out of a {@code sourceWidth x sourceHeight} picture. Black bars (letterbox, pillarbox) lie outside
 * it; a full-frame shot keeps the whole picture ({@link #full}).
 */
public record Crop(int x, int y, int w, int h, int sourceWidth, int sourceHeight) {
    public Crop {
        if (x < 0 || y < 0 || w <= 0 || h <= 0 || x + w > sourceWidth || y + h > sourceHeight) {
            throw new IllegalArgumentException(
                    "crop " + w + "x" + h + "+" + x + "+" + y + " does not fit " + sourceWidth + "x" + sourceHeight);
        }
    }

    /** The whole picture: nothing cropped. */
    public static Crop full(int width, int height) {
        return new Crop(0, 0, width, height, width, height);
    }

    /** Whether it removes anything. */
    public boolean cropsAnything() {
        return w != sourceWidth || h != sourceHeight;
    }
}
