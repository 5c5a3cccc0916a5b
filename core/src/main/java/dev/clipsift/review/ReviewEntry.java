package dev.clipsift.review;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One line of the review journal: what a reviewer ({@code author}) did to clip {@code clip} at {@code at}
 * (ISO-8601 UTC). {@code keep} and {@code reject} override the engine's verdict ({@code reason} says why),
 * {@code reset} gives the clip back to it; {@code tag} and {@code untag} name {@code tag}; {@code caption} sets
 * window {@code window}'s caption to {@code text}, {@code previous} being what it was (undo is one more edit).
 */
public record ReviewEntry(
        Action action,
        String clip,
        String author,
        String at,
        @Nullable String reason,
        @Nullable String tag,
        @Nullable Integer window,
        @Nullable String text,
        @Nullable String previous) {

    /** What a journal line does. */
    public enum Action {
        KEEP,
        REJECT,
        RESET,
        TAG,
        UNTAG,
        CAPTION;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ReviewEntry {
        if (action == null || clip == null || clip.isBlank() || author == null || at == null) {
            throw new IllegalArgumentException("a review entry needs an action, a clip, an author and a time");
        }
        if ((action == Action.TAG || action == Action.UNTAG) && (tag == null || tag.isBlank())) {
            throw new IllegalArgumentException(action.json() + " needs a tag");
        }
        if (action == Action.CAPTION && (window == null || window < 0 || text == null)) {
            throw new IllegalArgumentException("caption needs a window (0 or more) and a text");
        }
    }

    /** A keep, reject or reset of {@code clip} by {@code author}, now. */
    public static ReviewEntry decision(Action action, String clip, String author, @Nullable String reason) {
        return new ReviewEntry(action, clip, author, now(), reason, null, null, null, null);
    }

    /** A tag added ({@code add}) or removed. */
    public static ReviewEntry tag(String clip, String author, String tag, boolean add) {
        return new ReviewEntry(add ? Action.TAG : Action.UNTAG, clip, author, now(), null, tag, null, null, null);
    }

    /** Window {@code window} of {@code clip}'s caption set to {@code text} (it was {@code previous}). */
    public static ReviewEntry caption(String clip, String author, int window, String text, @Nullable String previous) {
        return new ReviewEntry(Action.CAPTION, clip, author, now(), null, null, window, text, previous);
    }

    private static String now() {
        return Instant.now().toString();
    }
}
