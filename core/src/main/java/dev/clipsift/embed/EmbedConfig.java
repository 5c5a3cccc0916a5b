package dev.clipsift.embed;

/**
 * The {@code embeddings} section: whether clips get a visual embedding ({@code enabled}, off unless asked), and
 * the frames the built-in descriptor pools: {@code fps} a second (default 2), at most {@code max_frames} of them
 * (default 16, spread evenly over a longer clip).
 */
public record EmbedConfig(Boolean enabled, Double fps, Integer maxFrames) {
    public EmbedConfig {
        enabled = enabled != null && enabled;
        fps = fps == null ? 2.0 : fps;
        maxFrames = maxFrames == null ? 16 : maxFrames;
        if (!(fps > 0) || maxFrames < 1) {
            throw new IllegalArgumentException(
                    "embeddings: fps must be positive and max_frames at least 1, got " + fps + " and " + maxFrames);
        }
    }

    public static EmbedConfig defaults() {
        return new EmbedConfig(null, null, null);
    }
}
