package dev.clipsift.quality;

import dev.clipsift.engine.FilterMode;

/**
 * The {@code quality} section: what the filter does with the score ({@code score-only} by default), the least
 * {@code quality} (0-10) an enabled filter keeps ({@code threshold}, 3.5 by default), and the frames scored:
 * {@code fps} (1), at most {@code max_side} pixels on the longer side (512) and at most {@code max_frames} per
 * clip (8, spread over a longer clip).
 */
public record QualityConfig(FilterMode filter, Double threshold, Double fps, Integer maxSide, Integer maxFrames) {
    /**
     * Blank clips (flat grey 3.0, black 1.5 measured) score below it; soft but real footage stays well above
     * (bikes.mp4 6.5, its Gaussian-blurred copy 5.0).
     */
    public static final double DEFAULT_THRESHOLD = 3.5;

    public QualityConfig {
        filter = filter == null ? FilterMode.SCORE_ONLY : filter;
        threshold = threshold == null ? DEFAULT_THRESHOLD : threshold;
        fps = fps == null ? 1.0 : fps;
        maxSide = maxSide == null ? 512 : maxSide;
        maxFrames = maxFrames == null ? 8 : maxFrames;
        if (!(threshold >= 0 && threshold <= 10)) {
            throw new IllegalArgumentException("quality.threshold must be between 0 and 10, got " + threshold);
        }
        if (!(fps > 0)) {
            throw new IllegalArgumentException("quality.fps must be positive, got " + fps);
        }
        if (maxSide < 64) {
            throw new IllegalArgumentException("quality.max_side must be 64 or more, got " + maxSide);
        }
        if (maxFrames < 1) {
            throw new IllegalArgumentException("quality.max_frames must be 1 or more, got " + maxFrames);
        }
    }

    /** The defaults: score-only, threshold 3.5, 1 fps, 512 px, 8 frames. */
    public static QualityConfig defaults() {
        return new QualityConfig(null, null, null, null, null);
    }

    public QualityConfig withFilter(FilterMode mode, double min) {
        return new QualityConfig(mode, min, fps, maxSide, maxFrames);
    }
}
