package dev.clipsift.app.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.ManualExecutor;
import dev.clipsift.pipeline.StageProgress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

class CoalescingProgressTest {
    private static final int THREADS = 4;
    private static final int EVENTS_PER_THREAD = 250;

    private final ManualExecutor ui = new ManualExecutor();
    private final List<RunProgress> shown = new ArrayList<>();

    private static StageProgress progress(String stage, long in) {
        return new StageProgress(stage, 2, in, in - 1, 1, 1000, in / 2.0, (1000 - in) / 5.0);
    }

    @Test
    void aThousandEventsFromSeveralThreadsQueueOneRepaintThatShowsTheLatestValues() throws Exception {
        CoalescingProgress listener = new CoalescingProgress(ui, 2 * THREADS * EVENTS_PER_THREAD, shown::add);
        Map<String, Integer> workers = new LinkedHashMap<>();
        for (int t = 0; t < THREADS; t++) {
            workers.put("stage-" + t, 2);
        }
        listener.started(workers);
        CyclicBarrier together = new CyclicBarrier(THREADS);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String stage = "stage-" + t;
            Thread thread = new Thread(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 1; i <= EVENTS_PER_THREAD; i++) {
                    listener.progress(progress(stage, i));
                    listener.completed(i);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(ui.pending()).isEqualTo(1);
        assertThat(shown).isEmpty();
        ui.runAll();

        assertThat(shown).hasSize(1);
        RunProgress now = shown.get(0);
        assertThat(now.stages()).extracting(StageProgress::stage).containsExactlyElementsOf(workers.keySet());
        assertThat(now.stages()).allSatisfy(s -> assertThat(s).isEqualTo(progress(s.stage(), EVENTS_PER_THREAD)));
        assertThat(now.completed()).isEqualTo(THREADS * EVENTS_PER_THREAD);
        assertThat(now.fraction()).isEqualTo(0.5);
    }

    @Test
    void anEventAfterTheRepaintRanQueuesTheNextOne() {
        CoalescingProgress listener = new CoalescingProgress(ui, -1, shown::add);
        listener.progress(progress("probe", 1));
        ui.runAll();

        listener.progress(progress("probe", 2));
        listener.progress(progress("probe", 3));

        assertThat(ui.pending()).isEqualTo(1);
        ui.runAll();
        assertThat(shown).extracting(p -> p.stages().get(0).itemsIn()).containsExactly(1L, 3L);
        assertThat(shown.get(1).fraction()).as("unknown total").isEqualTo(-1);
    }

    @Test
    void aWorkerReportingLateDoesNotTurnAStageBack() {
        CoalescingProgress listener = new CoalescingProgress(ui, 10, shown::add);

        listener.progress(progress("split", 7));
        listener.progress(progress("split", 6));
        ui.runAll();

        assertThat(shown.get(0).stages()).containsExactly(progress("split", 7));
    }

    @Test
    void stagesAreShownInTheOrderTheRunAnnouncesThemWithZeroCountsUntilTheyReport() {
        CoalescingProgress listener = new CoalescingProgress(ui, 3, shown::add);
        Map<String, Integer> workers = new LinkedHashMap<>();
        workers.put("probe", 2);
        workers.put("split", 1);
        workers.put("transcode", 1);

        listener.started(workers);
        listener.progress(progress("transcode", 1));
        ui.runAll();

        RunProgress now = shown.get(0);
        assertThat(now.stages()).extracting(StageProgress::stage).containsExactly("probe", "split", "transcode");
        assertThat(now.stages().get(1)).isEqualTo(new StageProgress("split", 1, 0, 0, 0, -1, 0, Double.NaN));
        assertThat(now.stages().get(2)).isEqualTo(progress("transcode", 1));
        assertThat(now.fraction()).isZero();
    }
}
