package dev.clipsift.review;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a reviewer asks the {@link ReviewIndex} for: a range per score (only the narrowed ones: a clip without
 * that score falls outside), a view by verdict, a tag the clip must carry, text its caption must contain (any
 * case), and the score to sort by ({@code null}: run order).
 */
public record ReviewQuery(
        Map<String, Range> ranges,
        View view,
        @Nullable String tag,
        @Nullable String text,
        @Nullable String sortBy,
        boolean descending) {

    /** Closed range {@code [min, max]} of a score. */
    public record Range(double min, double max) {}

    /** The clips a view shows, by their verdict after the overrides. */
    public enum View {
        ALL,
        KEPT,
        REJECTED,
        DUPLICATE
    }

    public ReviewQuery {
        ranges = Map.copyOf(ranges == null ? Map.of() : ranges);
        view = view == null ? View.ALL : view;
        tag = tag == null || tag.isBlank() ? null : tag;
        text = text == null || text.isBlank() ? null : text;
    }

    /** Every clip, in run order. */
    public static ReviewQuery all() {
        return new ReviewQuery(Map.of(), View.ALL, null, null, null, false);
    }

    /** This query with {@code score} limited to {@code range} (null: not limited). */
    public ReviewQuery withRange(String score, @Nullable Range range) {
        Map<String, Range> m = new TreeMap<>(ranges);
        if (range == null) {
            m.remove(score);
        } else {
            m.put(score, range);
        }
        return new ReviewQuery(m, view, tag, text, sortBy, descending);
    }

    public ReviewQuery withView(View v) {
        return new ReviewQuery(ranges, v, tag, text, sortBy, descending);
    }

    public ReviewQuery withTag(@Nullable String t) {
        return new ReviewQuery(ranges, view, t, text, sortBy, descending);
    }

    public ReviewQuery withText(@Nullable String t) {
        return new ReviewQuery(ranges, view, tag, t, sortBy, descending);
    }

    public ReviewQuery sortedBy(@Nullable String score, boolean desc) {
        return new ReviewQuery(ranges, view, tag, text, score, desc);
    }
}
