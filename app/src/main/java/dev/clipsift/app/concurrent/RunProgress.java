package dev.clipsift.app.concurrent;

import dev.clipsift.pipeline.StageProgress;
import java.util.List;

/**
 * What a screen shows of a pipeline run at one moment: each stage's latest counters (name, items in, out and
 * failed, items per second, ETA), in pipeline order, and how many of the {@code expected} items (-1: unknown)
 * left the last stage.
 */
public record RunProgress(List<StageProgress> stages, long completed, long expected) {
    public RunProgress {
        stages = List.copyOf(stages);
    }

    /** The run's fraction done in [0, 1], or -1 while the number of items is unknown. */
    public double fraction() {
        if (expected < 0) {
            return -1;
        }
        return expected == 0 ? 1 : Math.min(1, completed / (double) expected);
    }
}
