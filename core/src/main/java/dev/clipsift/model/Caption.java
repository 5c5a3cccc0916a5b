package dev.clipsift.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of a clip's caption: {@code version} ({@code v0}, {@code v1}, ...), its state, the text (the
 * windows' captions joined; null while {@code pending} or when {@code failed}), the model and prompt that made
 * it, when ({@code created_at}, ISO-8601 UTC), token counts summed over its windows, each window's own caption
 * and counts ({@code windows}), the text model's rewrite when captions are enhanced ({@code enhanced}), and why
 * it failed or is still pending ({@code error}).
 */
public record Caption(
        String version,
        State state,
        @Nullable String text,
        @Nullable String model,
        @Nullable String prompt,
        @Nullable String createdAt,
        @Nullable Integer promptTokens,
        @Nullable Integer outputTokens,
        @Nullable List<Window> windows,
        @Nullable Enhanced enhanced,
        @Nullable String error) {

    public Caption {
        windows = windows == null ? null : List.copyOf(windows);
    }

    /** A caption without windows, enhancement or error. */
    public Caption(
            String version,
            State state,
            @Nullable String text,
            @Nullable String model,
            @Nullable String prompt,
            @Nullable String createdAt,
            @Nullable Integer promptTokens,
            @Nullable Integer outputTokens) {
        this(version, state, text, model, prompt, createdAt, promptTokens, outputTokens, null, null, null);
    }

    /** This version in {@code state}, with {@code enhanced} and {@code error} (its windows and counts kept). */
    public Caption withOutcome(State state, @Nullable Enhanced enhanced, @Nullable String error) {
        return new Caption(
                version,
                state,
                state == State.OK ? text : null,
                model,
                prompt,
                createdAt,
                promptTokens,
                outputTokens,
                windows,
                enhanced,
                error);
    }

    public enum State {
        PENDING,
        OK,
        FAILED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One window of the clip, source frames {@code [start_frame, end_frame)}: the images (or video frames) sent,
     * the caption the server gave and its token counts.
     */
    public record Window(
            int startFrame,
            int endFrame,
            int images,
            @Nullable String text,
            @Nullable Integer promptTokens,
            @Nullable Integer outputTokens) {}

    /** The caption rewritten by a text model: the text, the model, the prompt and its token counts. */
    public record Enhanced(
            String text, String model, String prompt, @Nullable Integer promptTokens, @Nullable Integer outputTokens) {}
}
