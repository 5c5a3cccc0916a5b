package dev.clipsift.motion;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.clipsift.engine.FilterMode;

/**
 * The {@code motion} section: what the filter does ({@code filter}: disable, score-only (the default) or
 * enable), its thresholds (cosmos-curate's defaults: a clip is low-motion when {@code motion_global_mean <
 * 0.00098} or {@code motion_per_patch_min_256 < 0.000001}), and the frames the flow is computed on: {@code fps}
 * frames a second, the longer side at most {@code max_side} pixels, at most {@code max_frames} of them (a
 * longer clip's frames are spread evenly over it). Snake-case naming would spell the second threshold
 * {@code per_patch_min256_threshold}: its key is named explicitly, after the score.
 */
public record MotionConfig(
        FilterMode filter,
        Double globalMeanThreshold,
        @JsonProperty("per_patch_min_256_threshold") Double perPatchMin256Threshold,
        Double fps,
        Integer maxSide,
        Integer maxFrames) {

    public static final double GLOBAL_MEAN_THRESHOLD = 0.00098;
    public static final double PER_PATCH_MIN_256_THRESHOLD = 0.000001;

    public MotionConfig {
        filter = filter == null ? FilterMode.SCORE_ONLY : filter;
        globalMeanThreshold = globalMeanThreshold == null ? GLOBAL_MEAN_THRESHOLD : globalMeanThreshold;
        perPatchMin256Threshold =
                perPatchMin256Threshold == null ? PER_PATCH_MIN_256_THRESHOLD : perPatchMin256Threshold;
        fps = fps == null ? 2.0 : fps;
        maxSide = maxSide == null ? 256 : maxSide;
        maxFrames = maxFrames == null ? 40 : maxFrames;
        if (!(globalMeanThreshold >= 0) || !(perPatchMin256Threshold >= 0)) {
            throw new IllegalArgumentException("motion: global_mean_threshold and per_patch_min_256_threshold must be"
                    + " 0 or more, got " + globalMeanThreshold + " and " + perPatchMin256Threshold);
        }
        if (!(fps > 0) || maxSide < 32 || maxFrames < 2) {
            throw new IllegalArgumentException("motion: fps must be positive, max_side at least 32 and max_frames at"
                    + " least 2, got " + fps + ", " + maxSide + " and " + maxFrames);
        }
    }

    /** The section with every default: score-only. */
    public static MotionConfig defaults() {
        return new MotionConfig(null, null, null, null, null, null);
    }
}
