package dev.clipsift.pipeline;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

/**
 * A run in progress: its state, a way to cancel it and its result. Every run gets its own handle, so one
 * engine object can start many runs one after another (no single-use runner fields).
 */
public interface RunHandle<T> {
    RunState state();

    /** Asks the run to stop: workers finish their current item and exit; {@link #result} then throws. */
    void cancel();

    /**
     * Waits for the run to end and returns its result.
     *
     * @throws CancellationException when it was cancelled
     * @throws ExecutionException with the cause when it failed
     */
    T result() throws InterruptedException, ExecutionException;
}
