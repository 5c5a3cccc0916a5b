package dev.clipsift.engine;

import dev.clipsift.model.ClipRecord;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The policy half of a scorer family: reads the scores its stage wrote and says why a clip falls short of the
 * thresholds. It reads records only, never pixels, so a run is re-filtered in an instant ({@code clipsift
 * filter}) and the review sliders can drive it.
 *
 * @param name what the summary and reasons call it ({@code "motion"})
 * @param mode whether its verdict rejects clips ({@code enable}) or is only counted ({@code score-only})
 * @param rule the reasons a clip is rejected (empty when it passes), or null when the clip lacks the scores
 *     the rule reads (it was not scored)
 */
public record ClipFilter(String name, FilterMode mode, Rule rule) {
    /** The test itself. */
    @FunctionalInterface
    public interface Rule {
        @Nullable
        List<String> reasons(ClipRecord clip);
    }

    /**
     * A rule that rejects a clip whose score {@code score} is below {@code min}: the reason reads
     * {@code "motion_global_mean 0.00012 < 0.00098"}. Null when the clip has no such score.
     */
    public static @Nullable List<String> below(ClipRecord clip, String score, double min) {
        Double v = clip.scores() == null ? null : clip.scores().get(score);
        if (v == null) {
            return null;
        }
        return v < min ? List.of(score + " " + Thresholds.format(v) + " < " + Thresholds.format(min)) : List.of();
    }

    /** As {@link #below}, for a score that must not exceed {@code max}. */
    public static @Nullable List<String> above(ClipRecord clip, String score, double max) {
        Double v = clip.scores() == null ? null : clip.scores().get(score);
        if (v == null) {
            return null;
        }
        return v > max ? List.of(score + " " + Thresholds.format(v) + " > " + Thresholds.format(max)) : List.of();
    }
}
