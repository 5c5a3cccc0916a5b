package dev.clipsift.engine;

/**
 * The frames a stage needs from the shared decode of each clip: {@code fps} frames per second (0 = every
 * frame) scaled so the longer side is at most {@code maxSide} pixels (0 = full size, never enlarged), and at
 * most {@code maxFrames} of them (0 = no cap; with a cap, a long clip's frames are spread evenly over it at a
 * lower rate). Stages that need the same frames share them; the clip is decoded once for all.
 */
public record FrameNeed(double fps, int maxSide, int maxFrames) {
    public FrameNeed {
        if (fps < 0 || maxSide < 0 || maxFrames < 0) {
            throw new IllegalArgumentException("frame rate, size and count are 0 (all / full / no cap) or more");
        }
    }

    public FrameNeed(double fps, int maxSide) {
        this(fps, maxSide, 0);
    }

    /**
     * Whether decoded frame {@code k} (0-based) of a span of {@code spanFrames} frames at {@code sourceFps} is
     * one of this need's frames.
     */
    public boolean wants(int k, int spanFrames, double sourceFps) {
        double step = fps <= 0 || fps >= sourceFps ? 1 : sourceFps / fps;
        if (maxFrames > 0 && spanFrames / step > maxFrames) {
            step = spanFrames / (double) maxFrames;
        }
        if (step <= 1) {
            return true;
        }
        return Math.floor(k / step) != Math.floor((k - 1) / step);
    }

    @Override
    public String toString() {
        return (fps <= 0 ? "every frame" : fps + " fps")
                + (maxSide <= 0 ? " at full size" : " at " + maxSide + " px")
                + (maxFrames > 0 ? ", at most " + maxFrames : "");
    }
}
