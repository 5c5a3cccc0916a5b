package dev.clipsift.preview;

/**
 * What a tile preview holds: frames that fit in {@code maxWidth x maxHeight} (aspect kept), taken at
 * {@code fps} over a window of {@code seconds} of the video.
 */
public record PreviewSpec(int maxWidth, int maxHeight, double fps, double seconds) {
    /** Small frames for a 3x4 grid tile: 320x180 at 5 fps over 4 s (20 frames). */
    public static final PreviewSpec TILE = new PreviewSpec(320, 180, 5, 4);

    public PreviewSpec {
        if (maxWidth < 2 || maxHeight < 2 || fps <= 0 || seconds <= 0) {
            throw new IllegalArgumentException(
                    "invalid preview spec " + maxWidth + "x" + maxHeight + " " + fps + " fps " + seconds + " s");
        }
    }

    public int maxFrames() {
        return Math.max(1, (int) Math.round(fps * seconds));
    }

    /** Identifies the spec inside cache keys, so a changed spec never reads old previews. */
    String tag() {
        return maxWidth + "x" + maxHeight + "@" + fps + "x" + seconds;
    }
}
