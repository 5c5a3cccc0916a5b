package dev.clipsift.pipeline;

import java.util.List;
import java.util.Map;

/**
 * Progress of a pipeline run. Called from worker threads: implementations must be thread-safe and quick (a
 * UI keeps the latest values and repaints at its own pace).
 */
public interface RunListener {
    RunListener NONE = new RunListener() {};

    /** The stages are set up; their worker counts, in pipeline order. */
    default void started(Map<String, Integer> workersByStage) {}

    /** A stage finished a batch: its counters now. */
    default void progress(StageProgress progress) {}

    /** An item left the last stage. */
    default void completed(Object item) {}

    /** The run ended (finished, failed or cancelled). */
    default void finished(List<StageReport> reports) {}
}
