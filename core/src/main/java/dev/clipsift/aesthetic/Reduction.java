package dev.clipsift.aesthetic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a clip's frame scores become its score: the worst frame ({@code min}, cosmos-curate's default) or the mean. */
public enum Reduction {
    MIN,
    MEAN;

    @JsonValue
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return text();
    }

    /** {@code min} or {@code mean}, any case. */
    @JsonCreator
    public static Reduction parse(String s) {
        for (Reduction r : values()) {
            if (r.text().equalsIgnoreCase(s.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not a reduction; use min or mean");
    }

    /** The reduced score of {@code scores} (at least one). */
    double of(float[] scores) {
        double min = Double.POSITIVE_INFINITY;
        double sum = 0;
        for (float s : scores) {
            min = Math.min(min, s);
            sum += s;
        }
        return this == MIN ? min : sum / scores.length;
    }
}
