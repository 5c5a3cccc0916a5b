package dev.clipsift.run;

import dev.clipsift.pipeline.PipelineRun;
import dev.clipsift.pipeline.RunHandle;
import dev.clipsift.pipeline.RunState;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** The handle of one curation run: its state, cancel (also before its pipeline has started) and its summary. */
final class RunTask implements RunHandle<RunSummary> {
    private final CompletableFuture<RunSummary> result = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<PipelineRun> pipeline = new AtomicReference<>();

    /** The body of the run, which may hand its pipeline run over for cancellation. */
    interface Body {
        RunSummary run(RunTask task) throws Exception;
    }

    static RunTask start(String name, Body body) {
        RunTask task = new RunTask();
        Thread t = new Thread(
                () -> {
                    try {
                        task.result.complete(body.run(task));
                    } catch (Throwable e) {
                        task.result.completeExceptionally(e);
                    }
                },
                name);
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** Hands over the pipeline now running; cancelled at once when the run was cancelled before it started. */
    void running(PipelineRun run) {
        pipeline.set(run);
        if (cancelled.get()) {
            run.cancel();
        }
    }

    boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public RunState state() {
        if (!result.isDone()) {
            return RunState.RUNNING;
        }
        if (result.isCompletedExceptionally()) {
            try {
                result.join();
            } catch (CancellationException e) {
                return RunState.CANCELLED;
            } catch (RuntimeException e) {
                return e.getCause() instanceof CancellationException ? RunState.CANCELLED : RunState.FAILED;
            }
        }
        return RunState.SUCCEEDED;
    }

    @Override
    public void cancel() {
        cancelled.set(true);
        PipelineRun run = pipeline.get();
        if (run != null) {
            run.cancel();
        }
    }

    @Override
    public RunSummary result() throws InterruptedException, ExecutionException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException c) {
                throw c;
            }
            throw e;
        }
    }

    /** Waits for {@code handle}'s summary; cancels the run when the wait is interrupted; its failure as thrown. */
    static RunSummary await(RunHandle<RunSummary> handle) throws IOException, InterruptedException {
        try {
            return handle.result();
        } catch (InterruptedException e) {
            handle.cancel();
            throw e;
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof InterruptedException i) {
                throw i;
            }
            throw new IOException(c);
        }
    }
}
