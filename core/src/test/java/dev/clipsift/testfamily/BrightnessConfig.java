package dev.clipsift.testfamily;

/** The test family's config section: off by default; frames per second and size it asks the shared decode for. */
public record BrightnessConfig(Boolean enabled, Double fps, Integer maxSide) {
    public BrightnessConfig {
        enabled = enabled != null && enabled;
        fps = fps == null ? 2.0 : fps;
        maxSide = maxSide == null ? 64 : maxSide;
        if (fps <= 0 || maxSide <= 0) {
            throw new IllegalArgumentException("fps and max_side must be positive");
        }
    }
}
