package dev.clipsift.pipeline;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a {@link Pipeline}: a pool of worker threads per stage, sized from the stage's {@link Resources} and
 * the thread budget, and a bounded queue in front of each stage, so a fast stage waits for a slow one
 * (back-pressure) and memory stays flat however many items flow through. Cancellable at any time; an
 * exception from a stage cancels the run and is rethrown from {@link #run}.
 */
public final class PipelineRunner {
    private static final Object END = new Object();
    private static final long POLL_MS = 50;

    private final int threads;
    private final double gpuCount;
    private final RunListener listener;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /** @param threads the CPU thread budget (e.g. the number of cores); @param gpuCount GPUs to share among GPU stages. */
    public PipelineRunner(int threads, double gpuCount, RunListener listener) {
        this.threads = Math.max(1, threads);
        this.gpuCount = gpuCount;
        this.listener = listener;
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Asks the run to stop: workers finish their current item and exit, {@link #run} then throws. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Half the machine's memory: stages declare what a worker uses, Java heap and native (FFmpeg) together. */
    static long memoryBudget() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / 2;
        }
        return Runtime.getRuntime().maxMemory() / 2;
    }

    /** Worker counts each stage gets with this runner's budget. */
    public Map<String, Integer> plan(Pipeline<?, ?> pipeline) {
        long memoryBudget = memoryBudget();
        Map<String, Integer> plan = new LinkedHashMap<>();
        for (Stage<?, ?> s : pipeline.stages()) {
            plan.put(s.name(), s.resources().workers(threads, gpuCount, memoryBudget));
        }
        return plan;
    }

    /**
     * Feeds every item of {@code source} through the pipeline and hands each output of the last stage to
     * {@code sink} (from worker threads, one call at a time). Returns per-stage reports.
     *
     * @throws CancellationException when cancelled
     * @throws PipelineException when a stage failed
     */
    public <I, O> List<StageReport> run(Pipeline<I, O> pipeline, Iterator<? extends I> source, Consumer<? super O> sink)
            throws InterruptedException {
        List<Stage<?, ?>> stages = pipeline.stages();
        Map<String, Integer> plan = plan(pipeline);
        List<StageRun> runs = new ArrayList<>();
        List<Stage<?, ?>> setUp = new ArrayList<>();
        try {
            for (Stage<?, ?> s : stages) {
                s.setup();
                setUp.add(s);
            }
            for (int i = 0; i < stages.size(); i++) {
                runs.add(new StageRun(stages.get(i), plan.get(stages.get(i).name())));
            }
            Object sinkLock = new Object();
            for (int i = 0; i < runs.size(); i++) {
                StageRun next = i + 1 < runs.size() ? runs.get(i + 1) : null;
                runs.get(i).start(next, item -> {
                    synchronized (sinkLock) {
                        @SuppressWarnings("unchecked")
                        O out = (O) item;
                        sink.accept(out);
                    }
                    listener.completed(item);
                });
            }
            listener.started(plan);
            feed(source, runs.get(0));
            for (StageRun r : runs) {
                r.join();
            }
        } catch (CancellationException e) {
            cancelled.set(true);
            for (StageRun r : runs) {
                r.join();
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            failure.compareAndSet(null, e);
            cancelled.set(true);
            for (StageRun r : runs) {
                r.join();
            }
        } finally {
            for (int i = setUp.size() - 1; i >= 0; i--) {
                try {
                    setUp.get(i).close();
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }
            listener.finished(runs.stream().map(StageRun::report).toList());
        }
        Throwable f = failure.get();
        if (f != null) {
            throw f instanceof PipelineException pe ? pe : new PipelineException(f);
        }
        if (cancelled.get()) {
            throw new CancellationException("run cancelled");
        }
        return runs.stream().map(StageRun::report).toList();
    }

    private void feed(Iterator<?> source, StageRun first) throws InterruptedException {
        try {
            while (!cancelled.get() && source.hasNext()) {
                first.put(source.next());
            }
        } finally {
            first.put(END);
        }
    }

    private final class StageRun {
        private final Stage<Object, Object> stage;
        private final int workers;
        private final BlockingQueue<Object> queue;
        private final List<Thread> threadList = new ArrayList<>();
        private final AtomicInteger alive = new AtomicInteger();
        private final AtomicLong in = new AtomicLong();
        private final AtomicLong out = new AtomicLong();
        private final AtomicLong busyNanos = new AtomicLong();
        private final AtomicLong blockedNanos = new AtomicLong();
        private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
        private final AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);

        @SuppressWarnings("unchecked")
        StageRun(Stage<?, ?> stage, int workers) {
            this.stage = (Stage<Object, Object>) stage;
            this.workers = workers;
            this.queue = new ArrayBlockingQueue<>(Math.max(2, workers * 2));
        }

        void start(StageRun next, Consumer<Object> sink) {
            Emitter<Object> emitter = item -> {
                out.incrementAndGet();
                long t0 = System.nanoTime();
                if (next != null) {
                    next.put(item);
                } else {
                    sink.accept(item);
                }
                blockedNanos.addAndGet(System.nanoTime() - t0);
            };
            alive.set(workers);
            for (int w = 0; w < workers; w++) {
                Thread t = new Thread(() -> work(emitter, next), "stage-" + stage.name() + "-" + w);
                t.setDaemon(true);
                threadList.add(t);
                t.start();
            }
        }

        /** Blocks while the queue is full; gives up when the run is cancelled (the end marker always goes in). */
        void put(Object item) throws InterruptedException {
            while (!queue.offer(item, POLL_MS, TimeUnit.MILLISECONDS)) {
                if (cancelled.get() && item != END) {
                    throw new CancellationException();
                }
                if (cancelled.get()) {
                    queue.clear();
                }
            }
        }

        private void work(Emitter<Object> emitter, StageRun next) {
            try {
                while (!cancelled.get()) {
                    Object item = queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
                    if (item == null) {
                        continue;
                    }
                    if (item == END) {
                        queue.offer(END);
                        break;
                    }
                    long t0 = System.nanoTime();
                    firstStart.accumulateAndGet(t0, Math::min);
                    in.incrementAndGet();
                    stage.process(item, emitter, cancelled::get);
                    long t1 = System.nanoTime();
                    busyNanos.addAndGet(t1 - t0);
                    lastEnd.accumulateAndGet(t1, Math::max);
                    listener.progress(progress());
                }
            } catch (CancellationException e) {
                cancelled.set(true);
            } catch (Throwable e) {
                failure.compareAndSet(null, new PipelineException(stage.name(), e));
                cancelled.set(true);
            } finally {
                if (alive.decrementAndGet() == 0 && next != null) {
                    try {
                        next.put(END);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }

        void join() throws InterruptedException {
            for (Thread t : threadList) {
                t.join();
            }
        }

        StageProgress progress() {
            long start = firstStart.get();
            double wall = start == Long.MAX_VALUE ? 0 : (System.nanoTime() - start) / 1e9;
            return new StageProgress(stage.name(), workers, in.get(), out.get(), 0, -1, wall > 0 ? in.get() / wall : 0,
                    Double.NaN);
        }

        StageReport report() {
            long start = firstStart.get();
            long end = lastEnd.get();
            double wall = start == Long.MAX_VALUE || end < start ? 0 : (end - start) / 1e9;
            double busy = Math.max(0, busyNanos.get() - blockedNanos.get()) / 1e9;
            return new StageReport(stage.name(), workers, in.get(), out.get(), wall, busy);
        }
    }
}
