package dev.clipsift.testfamily;

import dev.clipsift.engine.FilterMode;

/**
 * The test family's config section: off by default; frames per second and size it asks the shared decode for;
 * its filter's mode (score-only unless told), the least mean brightness a clip must have ({@code min}) and
 * whether its pass over the whole run ranks the clips ({@code rank}).
 */
public record BrightnessConfig(
        Boolean enabled, Double fps, Integer maxSide, FilterMode filter, Double min, Boolean rank) {
    public BrightnessConfig {
        enabled = enabled != null && enabled;
        fps = fps == null ? 2.0 : fps;
        maxSide = maxSide == null ? 64 : maxSide;
        filter = filter == null ? FilterMode.SCORE_ONLY : filter;
        min = min == null ? 0.0 : min;
        rank = rank != null && rank;
        if (fps <= 0 || maxSide <= 0) {
            throw new IllegalArgumentException("fps and max_side must be positive");
        }
    }

    public BrightnessConfig(Boolean enabled, Double fps, Integer maxSide) {
        this(enabled, fps, maxSide, null, null, null);
    }

    public BrightnessConfig(Boolean enabled, Double fps, Integer maxSide, FilterMode filter, Double min) {
        this(enabled, fps, maxSide, filter, min, null);
    }
}
