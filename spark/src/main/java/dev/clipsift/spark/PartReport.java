package dev.clipsift.spark;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one Spark task did with its {@link VideoGroup}: videos processed in this attempt and already done (a
 * resubmitted job skips them), the videos that failed (with their errors, as recorded), its wall time, and
 * {@code error} when the task itself could not finish after Spark's last attempt (its videos are then missing
 * from the run, and a resubmitted job takes them up).
 */
record PartReport(int group, int processed, int skipped, List<String> failures, double wallS, @Nullable String error)
        implements Serializable {
    PartReport {
        failures = List.copyOf(failures);
    }
}
