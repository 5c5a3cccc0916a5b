package dev.clipsift.pipeline;

import java.util.Map;

/**
 * One step of a pipeline (contract v2). A stage is a description plus a factory of workers:
 * <ul>
 *   <li>{@link #validate} is cheap and runs once before anything is set up or written (a bad setting fails
 *       the run before it starts, without loading a model);</li>
 *   <li>{@link #open} sets up one worker (load its model, open its encoder) with a {@link StageContext} that
 *       names the worker, its device, its helper-thread factory and its logger; the runner opens as many
 *       workers as {@link #resources} allow, each on its own thread, so a model loads once per worker, never
 *       per item;</li>
 *   <li>a worker takes batches of up to {@link #batchSize} items and, at the end of the stream, may still emit
 *       ({@link Worker#flush}) before it is closed.</li>
 * </ul>
 * Stages never start threads of their own (helpers come from {@link StageContext#helpers()}) and check
 * {@link StageContext#cancelled()} between units of work. Per-item failures are data: see {@link ItemStage}.
 * An exception thrown from a worker stops the whole run.
 */
public interface Stage<I, O> {
    /** Short name used in progress, reports, per-stage completion marks and the run manifest; unique in a pipeline. */
    String name();

    /** What one worker uses; the runner sizes the worker pool from it. */
    default Resources resources() {
        return Resources.cpu(1);
    }

    /** The most items a worker gets at once (models want batches). */
    default int batchSize() {
        return 1;
    }

    /** Parameters in effect, written into the run manifest. */
    default Map<String, Object> describe() {
        return Map.of();
    }

    /** Cheap checks of the settings (no model loading), before the run starts. */
    default void validate() throws Exception {}

    /** Sets up one worker. Called on that worker's thread. */
    Worker<I, O> open(StageContext context) throws Exception;
}
