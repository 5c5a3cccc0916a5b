package dev.clipsift.engine;

import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Status;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a run, applied to clip records after scoring: a clip that an enabled filter rejects gets
 * status {@code filtered} with every enabled filter's reasons; one that passes them all gets {@code ok} back
 * (so loosening a threshold restores it). Failed clips and duplicates keep their status. Score-only filters
 * are only counted. Filtering never drops a clip.
 */
public record FilterPolicy(List<ClipFilter> filters) {
    public static final FilterPolicy NONE = new FilterPolicy(List.of());

    public FilterPolicy {
        filters = List.copyOf(filters);
    }

    /** {@code clip} with its status set by the enabled filters; each filter's verdict goes to {@code tally}. */
    public ClipRecord apply(ClipRecord clip, @Nullable FilterTally tally) {
        Status.State state = clip.status().state();
        if (state == Status.State.FAILED || state == Status.State.DUPLICATE) {
            return clip;
        }
        List<String> reasons = new ArrayList<>();
        for (ClipFilter f : filters) {
            List<String> r = f.rule().reasons(clip);
            if (tally != null) {
                tally.count(f, r);
            }
            if (r != null && f.mode() == FilterMode.ENABLE) {
                reasons.addAll(r);
            }
        }
        return clip.withStatus(reasons.isEmpty() ? Status.OK : Status.filtered(reasons));
    }
}
