package dev.clipsift.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How each filter judged the clips it saw: scored (had the scores it reads), passed, rejected, and unscored.
 * Rejected counts what the thresholds reject whether or not the filter is enabled, so a score-only run shows
 * what enabling it would do. Thread-safe.
 */
public final class FilterTally {
    /** One filter's counts, as the summary writes them. */
    public record Counts(String mode, long scored, long passed, long rejected, long unscored) {}

    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, FilterMode> modes = new LinkedHashMap<>();

    synchronized void count(ClipFilter filter, @Nullable List<String> reasons) {
        long[] c = counts.computeIfAbsent(filter.name(), k -> new long[3]);
        modes.put(filter.name(), filter.mode());
        if (reasons == null) {
            c[2]++;
        } else if (reasons.isEmpty()) {
            c[0]++;
        } else {
            c[1]++;
        }
    }

    /** Filter name -> counts, in the order the filters were first seen. */
    public synchronized Map<String, Counts> snapshot() {
        Map<String, Counts> m = new LinkedHashMap<>();
        counts.forEach((name, c) -> m.put(name, new Counts(modes.get(name).text(), c[0] + c[1], c[0], c[1], c[2])));
        return m;
    }
}
