package dev.clipsift.app.concurrent;

import dev.clipsift.pipeline.RunListener;
import dev.clipsift.pipeline.StageProgress;
import dev.clipsift.pipeline.StageReport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A {@link RunListener} for a JavaFX screen. Worker threads only write the latest counters into atomics and
 * ask for a repaint; at most one repaint is queued on the UI executor at a time, however many events arrive
 * (with {@code Platform::runLater} the FX thread repaints at its own pace, never once per event), and it
 * hands {@code show} the values of that moment as a {@link RunProgress}.
 */
public final class CoalescingProgress implements RunListener {
    private final long expected;
    private final UiCoalescer repaint;
    private final CopyOnWriteArrayList<String> order = new CopyOnWriteArrayList<>();
    private final Map<String, StageProgress> latest = new ConcurrentHashMap<>();
    private final AtomicLong completed = new AtomicLong();

    /**
     * @param ui runs the repaint (the FX thread in the app)
     * @param expected how many items the run should complete, or -1 when unknown
     * @param show receives the progress on the UI executor
     */
    public CoalescingProgress(Executor ui, long expected, Consumer<RunProgress> show) {
        this.expected = expected;
        this.repaint = new UiCoalescer(ui, () -> show.accept(snapshot()));
    }

    @Override
    public void started(Map<String, Integer> workersByStage) {
        workersByStage.forEach(
                (stage, workers) -> record(new StageProgress(stage, workers, 0, 0, 0, -1, 0, Double.NaN)));
        repaint.request();
    }

    @Override
    public void progress(StageProgress progress) {
        record(progress);
        repaint.request();
    }

    @Override
    public void completed(Object item) {
        completed.incrementAndGet();
        repaint.request();
    }

    @Override
    public void finished(List<StageReport> reports) {
        repaint.request();
    }

    /**
     * Keeps the more advanced of the stored and the new counters: two workers of a stage may report out of
     * order, and the counters only grow.
     */
    private void record(StageProgress p) {
        if (latest.merge(p.stage(), p, (old, now) -> advance(now) >= advance(old) ? now : old) == p) {
            order.addIfAbsent(p.stage());
        }
    }

    private static long advance(StageProgress p) {
        return p.itemsIn() + p.itemsOut() + p.itemsFailed();
    }

    /** The values now, stages in the order the run announced them. */
    private RunProgress snapshot() {
        return new RunProgress(order.stream().map(latest::get).toList(), completed.get(), expected);
    }
}
