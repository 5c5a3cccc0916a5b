package dev.clipsift.pipeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One run of a pipeline, started by {@link PipelineRunner#start}: the handle through which it is watched,
 * cancelled and awaited. Owns every thread of the run: the feeder, the stage workers and the helper threads
 * stages ask for through {@link StageContext#helpers()}, which are interrupted and joined when the run ends.
 */
public final class PipelineRun implements RunHandle<List<StageReport>> {
    private final PipelineRunner runner;
    private final Pipeline<?, ?> pipeline;
    private final Map<String, Integer> plan;
    private final RunListener listener;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicReference<RunState> state = new AtomicReference<>(RunState.RUNNING);
    private final Queue<Thread> helpers = new ConcurrentLinkedQueue<>();
    private final List<StageRun> runs = new ArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);

    PipelineRun(PipelineRunner runner, Pipeline<?, ?> pipeline, Map<String, Integer> plan, RunListener listener) {
        this.runner = runner;
        this.pipeline = pipeline;
        this.plan = plan;
        this.listener = listener;
    }

    void start(Iterator<?> source, long expected, Consumer<?> sink) {
        List<Stage<?, ?>> stages = pipeline.stages();
        for (int i = 0; i < stages.size(); i++) {
            runs.add(new StageRun(this, stages.get(i), plan.get(stages.get(i).name()), i == 0 ? expected : -1));
        }
        @SuppressWarnings("unchecked")
        Consumer<Object> out = (Consumer<Object>) sink;
        Object sinkLock = new Object();
        Consumer<Object> last = item -> {
            synchronized (sinkLock) {
                out.accept(item);
            }
            listener.completed(item);
        };
        listener.started(plan);
        for (int i = 0; i < runs.size(); i++) {
            runs.get(i).start(i + 1 < runs.size() ? runs.get(i + 1) : null, last);
        }
        Thread feeder = new Thread(() -> feedAndFinish(source), "pipeline-feeder");
        feeder.setDaemon(true);
        feeder.start();
    }

    private void feedAndFinish(Iterator<?> source) {
        try {
            StageRun first = runs.get(0);
            try {
                while (!cancelled.get() && source.hasNext()) {
                    first.put(source.next());
                }
            } finally {
                first.putEnd();
            }
        } catch (CancellationException e) {
            cancelled.set(true);
        } catch (Throwable e) {
            fail(e);
        }
        try {
            for (StageRun r : runs) {
                r.join();
            }
            stopHelpers();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            listener.finished(reports());
            state.set(
                    failure.get() != null
                            ? RunState.FAILED
                            : cancelled.get() ? RunState.CANCELLED : RunState.SUCCEEDED);
            ended.countDown();
        }
    }

    private void stopHelpers() throws InterruptedException {
        for (Thread t : helpers) {
            t.interrupt();
        }
        for (Thread t : helpers) {
            t.join();
        }
    }

    /** Threads a stage may start for its worker (decode-ahead): daemon threads the run interrupts and joins at its end. */
    ThreadFactory helperFactory(String stage) {
        return r -> {
            Thread t = new Thread(r, "stage-" + stage + "-helper");
            t.setDaemon(true);
            helpers.add(t);
            return t;
        };
    }

    Device device(Stage<?, ?> stage, int worker) {
        return runner.device(stage, worker);
    }

    boolean isCancelled() {
        return cancelled.get();
    }

    RunListener listener() {
        return listener;
    }

    /** Records the first failure and stops the run. */
    void fail(Throwable e) {
        failure.compareAndSet(null, e);
        cancelled.set(true);
    }

    @Override
    public RunState state() {
        return state.get();
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    /** Waits for every thread of the run to end. */
    public void await() throws InterruptedException {
        ended.await();
    }

    /** Per-stage reports so far (final once the run has ended). */
    public List<StageReport> reports() {
        return runs.stream().map(StageRun::report).toList();
    }

    @Override
    public List<StageReport> result() throws InterruptedException, ExecutionException {
        ended.await();
        Throwable f = failure.get();
        if (f != null) {
            throw new ExecutionException(
                    f instanceof PipelineException || f instanceof MachineFault ? f : new PipelineException(f));
        }
        if (cancelled.get()) {
            throw new CancellationException("run cancelled");
        }
        return reports();
    }
}
