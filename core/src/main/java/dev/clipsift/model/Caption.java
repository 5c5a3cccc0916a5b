package dev.clipsift.model;

import org.jspecify.annotations.Nullable;

/**
 * One version of a clip's caption: {@code version} ({@code v0}, {@code v1}, ...), the text (null while
 * {@code pending} or when {@code failed}), the model and prompt that made it, when, and token counts.
 */
public record Caption(
        String version,
        State state,
        @Nullable String text,
        @Nullable String model,
        @Nullable String prompt,
        @Nullable String createdAt,
        @Nullable Integer promptTokens,
        @Nullable Integer outputTokens) {
    public enum State {
        PENDING,
        OK,
        FAILED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
