package dev.clipsift.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * One stage within a {@link PipelineRun}: its input queue, its workers (each set up on its own thread through
 * {@link Stage#open}) and its counters. The last worker to see the end of the input passes the end on.
 */
final class StageRun {
    private static final Object END = new Object();
    private static final long POLL_MS = 50;

    private final PipelineRun run;
    private final Stage<Object, Object> stage;
    private final int workers;
    private final long expected;
    private final BlockingQueue<Object> queue;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger alive = new AtomicInteger();
    private final AtomicLong in = new AtomicLong();
    private final AtomicLong out = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong busyNanos = new AtomicLong();
    private final AtomicLong blockedNanos = new AtomicLong();
    private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);

    @SuppressWarnings("unchecked")
    StageRun(PipelineRun run, Stage<?, ?> stage, int workers, long expected) {
        this.run = run;
        this.stage = (Stage<Object, Object>) stage;
        this.workers = workers;
        this.expected = expected;
        this.queue = new ArrayBlockingQueue<>(Math.max(2, workers * 2 * Math.max(1, stage.batchSize())));
    }

    void start(StageRun next, Consumer<Object> sink) {
        Emitter<Object> emitter = item -> {
            out.incrementAndGet();
            if (item instanceof Failable<?> f && f.failed()) {
                failed.incrementAndGet();
            }
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
            int index = w;
            Thread t = new Thread(() -> work(index, emitter, next), "stage-" + stage.name() + "-" + w);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Blocks while the queue is full; gives up when the run is cancelled. */
    void put(Object item) throws InterruptedException {
        while (!queue.offer(item, POLL_MS, TimeUnit.MILLISECONDS)) {
            if (run.isCancelled()) {
                throw new CancellationException();
            }
        }
    }

    /** Queues the end of the input; when the run is cancelled, clears the queue to make room for it. */
    void putEnd() throws InterruptedException {
        while (!queue.offer(END, POLL_MS, TimeUnit.MILLISECONDS)) {
            if (run.isCancelled()) {
                queue.clear();
            }
        }
    }

    private void work(int index, Emitter<Object> emitter, StageRun next) {
        StageContext context = new StageContext(
                stage.name(),
                index,
                run.device(stage, index),
                run::isCancelled,
                run.helperFactory(stage.name()),
                LoggerFactory.getLogger("clipsift.stage." + stage.name()));
        try (Worker<Object, Object> worker = stage.open(context)) {
            boolean ended = false;
            while (!ended && !run.isCancelled()) {
                List<Object> batch = new ArrayList<>();
                ended = take(batch);
                if (!batch.isEmpty()) {
                    process(worker, batch, emitter);
                }
            }
            if (ended && !run.isCancelled()) {
                worker.flush(emitter);
            }
        } catch (CancellationException e) {
            run.cancel();
        } catch (MachineFault e) {
            run.fail(e);
        } catch (Throwable e) {
            run.fail(e instanceof PipelineException ? e : new PipelineException(stage.name(), e));
        } finally {
            if (alive.decrementAndGet() == 0 && next != null) {
                try {
                    next.putEnd();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Fills {@code batch} with up to a batch of items (waiting for the first); true when the input has ended. */
    private boolean take(List<Object> batch) throws InterruptedException {
        int size = Math.max(1, stage.batchSize());
        while (batch.isEmpty() && !run.isCancelled()) {
            Object item = queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
            if (item == END) {
                queue.offer(END);
                return true;
            }
            if (item != null) {
                batch.add(item);
            }
        }
        while (batch.size() < size) {
            Object item = queue.poll();
            if (item == null) {
                return false;
            }
            if (item == END) {
                queue.offer(END);
                return true;
            }
            batch.add(item);
        }
        return false;
    }

    private void process(Worker<Object, Object> worker, List<Object> batch, Emitter<Object> emitter) throws Exception {
        long t0 = System.nanoTime();
        firstStart.accumulateAndGet(t0, Math::min);
        in.addAndGet(batch.size());
        worker.process(batch, emitter);
        long t1 = System.nanoTime();
        busyNanos.addAndGet(t1 - t0);
        lastEnd.accumulateAndGet(t1, Math::max);
        run.listener().progress(progress());
    }

    void join() throws InterruptedException {
        for (Thread t : threads) {
            t.join();
        }
    }

    StageProgress progress() {
        long start = firstStart.get();
        double wall = start == Long.MAX_VALUE ? 0 : (System.nanoTime() - start) / 1e9;
        long done = in.get();
        double rate = wall > 0 ? done / wall : 0;
        double eta = expected >= 0 && rate > 0 ? Math.max(0, expected - done) / rate : Double.NaN;
        return new StageProgress(stage.name(), workers, done, out.get(), failed.get(), expected, rate, eta);
    }

    StageReport report() {
        long start = firstStart.get();
        long end = lastEnd.get();
        double wall = start == Long.MAX_VALUE || end < start ? 0 : (end - start) / 1e9;
        double busy = Math.max(0, busyNanos.get() - blockedNanos.get()) / 1e9;
        return new StageReport(stage.name(), workers, in.get(), out.get(), failed.get(), wall, busy);
    }
}
