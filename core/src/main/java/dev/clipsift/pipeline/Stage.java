package dev.clipsift.pipeline;

import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One step of a pipeline. The {@link PipelineRunner} calls {@link #setup} once, then {@link #process} from
 * as many worker threads as {@link #resources} allow (so {@code process} must be thread-safe), then
 * {@link #close}. Stages never start threads of their own and check {@code cancelled} between units of work.
 * A stage records per-item failures in the items it emits (bad input is data, not an exception); an
 * exception thrown from {@code process} is a bug and stops the whole run.
 */
public interface Stage<I, O> {
    /** Short name used in progress, reports and the run manifest. */
    String name();

    /** What one worker uses; the runner sizes the worker pool from it. */
    default Resources resources() {
        return Resources.cpu(1);
    }

    /** Parameters in effect, written into the run manifest. */
    default Map<String, Object> describe() {
        return Map.of();
    }

    /** Called once before the first item (load models, check encoders). */
    default void setup() throws Exception {}

    /** Processes one item, emitting its results. */
    void process(I item, Emitter<O> out, BooleanSupplier cancelled) throws Exception;

    /** Called once after the last item, also after a failure or cancellation. */
    default void close() throws Exception {}
}
