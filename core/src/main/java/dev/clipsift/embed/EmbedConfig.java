package dev.clipsift.embed;

import org.jspecify.annotations.Nullable;

/**
 * The {@code embeddings} section: whether clips get a visual embedding ({@code enabled}, off unless asked), by
 * the built-in descriptor or by a user's ONNX image encoder ({@code model}, a path; its preprocessing in the
 * {@link EncoderSidecar} beside it), from {@code fps} frames a second (default 2), at most {@code max_frames}
 * of them (default 16, spread evenly over a longer clip). Captions are embedded too whenever it is enabled.
 */
public record EmbedConfig(Boolean enabled, @Nullable String model, Double fps, Integer maxFrames) {
    public EmbedConfig {
        enabled = enabled != null && enabled;
        fps = fps == null ? 2.0 : fps;
        maxFrames = maxFrames == null ? 16 : maxFrames;
        if (!(fps > 0) || maxFrames < 1) {
            throw new IllegalArgumentException(
                    "embeddings: fps must be positive and max_frames at least 1, got " + fps + " and " + maxFrames);
        }
    }

    /** Enabled or not, with the built-in descriptor and the default frames. */
    public static EmbedConfig builtIn(boolean enabled) {
        return new EmbedConfig(enabled, null, null, null);
    }

    public static EmbedConfig defaults() {
        return builtIn(false);
    }
}
