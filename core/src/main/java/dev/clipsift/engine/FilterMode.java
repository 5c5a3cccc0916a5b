package dev.clipsift.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a scorer family does with its scores, as cosmos-curate's {@code --motion-filter}: {@code disable} (the
 * scorer does not run), {@code score-only} (scores are written, nothing is rejected) or {@code enable} (clips
 * below the thresholds get status {@code filtered} with the reasons).
 */
public enum FilterMode {
    DISABLE,
    SCORE_ONLY,
    ENABLE;

    @JsonValue
    public String text() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return text();
    }

    /** {@code disable}, {@code score-only} or {@code enable} (case and {@code _} / {@code -} do not matter). */
    @JsonCreator
    public static FilterMode parse(String s) {
        String key = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (FilterMode m : values()) {
            if (m.name().equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not a filter mode; use one of "
                + Arrays.stream(values()).map(FilterMode::text).collect(Collectors.joining(", ")));
    }

    /** Whether the scorer runs. */
    public boolean scores() {
        return this != DISABLE;
    }
}
