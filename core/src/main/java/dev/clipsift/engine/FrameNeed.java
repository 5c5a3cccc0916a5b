package dev.clipsift.engine;

/**
 * The frames a stage needs from the shared decode of each clip: {@code fps} frames per second (0 = every
 * frame) scaled so the longer side is at most {@code maxSide} pixels (0 = full size, never enlarged). Stages
 * that need the same frames share them; the clip is decoded once for all.
 */
public record FrameNeed(double fps, int maxSide) {
    public FrameNeed {
        if (fps < 0 || maxSide < 0) {
            throw new IllegalArgumentException("frame rate and size are 0 (all / full) or more");
        }
    }

    /** Whether decoded frame {@code k} of a span (0-based) at {@code sourceFps} is one of this need's frames. */
    public boolean wants(int k, double sourceFps) {
        if (fps <= 0 || fps >= sourceFps) {
            return true;
        }
        double step = sourceFps / fps;
        return Math.floor(k / step) != Math.floor((k - 1) / step);
    }

    @Override
    public String toString() {
        return (fps <= 0 ? "every frame" : fps + " fps") + (maxSide <= 0 ? " at full size" : " at " + maxSide + " px");
    }
}
