package dev.clipsift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PipelineRunnerTest {

    /** A stage built from a lambda, counting setup and close calls. */
    static final class Fn<I, O> implements Stage<I, O> {
        interface Body<I, O> {
            void apply(I item, Emitter<O> out) throws Exception;
        }

        final String name;
        final Resources resources;
        final Body<I, O> body;
        final AtomicInteger setups = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();

        Fn(String name, Resources resources, Body<I, O> body) {
            this.name = name;
            this.resources = resources;
            this.body = body;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Resources resources() {
            return resources;
        }

        @Override
        public void setup() {
            setups.incrementAndGet();
        }

        @Override
        public void process(I item, Emitter<O> out, BooleanSupplier cancelled) throws Exception {
            body.apply(item, out);
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    @Test
    void everyItemFlowsThroughEveryStageIncludingFanOut() throws Exception {
        Fn<Integer, Integer> twice = new Fn<>("twice", Resources.cpu(1), (i, out) -> out.emit(i * 2));
        Fn<Integer, String> split = new Fn<>("split", Resources.cpu(1), (i, out) -> {
            out.emit(i + "a");
            out.emit(i + "b");
        });
        List<String> got = Collections.synchronizedList(new ArrayList<>());

        List<StageReport> reports = new PipelineRunner(4, 0, RunListener.NONE)
                .run(Pipeline.of(twice).then(split), IntStream.range(0, 200).boxed().iterator(), got::add);

        assertThat(got).hasSize(400).contains("0a", "0b", "398a", "398b").doesNotHaveDuplicates();
        assertThat(reports).extracting(StageReport::stage).containsExactly("twice", "split");
        assertThat(reports.get(1).itemsIn()).isEqualTo(200);
        assertThat(reports.get(1).itemsOut()).isEqualTo(400);
        assertThat(twice.setups.get()).isEqualTo(1);
        assertThat(twice.closes.get()).isEqualTo(1);
    }

    @Test
    void boundedQueuesKeepOnlyAFewItemsInFlightBehindASlowStage() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        Iterator<Integer> source = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return n < 300;
            }

            @Override
            public Integer next() {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                return n++;
            }
        };
        Fn<Integer, Integer> fast = new Fn<>("fast", Resources.cpu(1), (i, out) -> out.emit(i));
        Fn<Integer, Integer> slow = new Fn<>("slow", Resources.single(), (i, out) -> {
            Thread.sleep(1);
            out.emit(i);
        });

        new PipelineRunner(2, 0, RunListener.NONE).run(Pipeline.of(fast).then(slow), source, i -> inFlight.decrementAndGet());

        // queues: fast 2 workers x2 = 4, slow 1 worker -> 2; plus one item per worker and one in the feeder
        assertThat(maxInFlight.get()).isLessThanOrEqualTo(4 + 2 + 2 + 1 + 1);
    }

    @Test
    void aFailingStageStopsTheRunNamesTheStageAndStillClosesEveryStage() {
        Fn<Integer, Integer> ok = new Fn<>("ok", Resources.cpu(1), (i, out) -> out.emit(i));
        Fn<Integer, Integer> bad = new Fn<>("bad", Resources.cpu(1), (i, out) -> {
            if (i == 7) {
                throw new IllegalStateException("boom at 7");
            }
            out.emit(i);
        });

        assertThatThrownBy(() -> new PipelineRunner(2, 0, RunListener.NONE)
                .run(Pipeline.of(ok).then(bad), IntStream.range(0, 100_000).boxed().iterator(), i -> {}))
                .isInstanceOf(PipelineException.class).hasMessageContaining("'bad'").hasMessageContaining("boom at 7");
        assertThat(ok.closes.get()).isEqualTo(1);
        assertThat(bad.closes.get()).isEqualTo(1);
    }

    @Test
    void cancellingStopsAnEndlessRunWithACancellationException() {
        PipelineRunner runner = new PipelineRunner(2, 0, RunListener.NONE);
        AtomicInteger seen = new AtomicInteger();
        Fn<Integer, Integer> stage = new Fn<>("count", Resources.cpu(1), (i, out) -> {
            if (seen.incrementAndGet() == 50) {
                runner.cancel();
            }
            out.emit(i);
        });
        Iterator<Integer> endless = IntStream.iterate(0, i -> i + 1).boxed().iterator();

        assertThatThrownBy(() -> runner.run(Pipeline.of(stage), endless, i -> {})).isInstanceOf(CancellationException.class);
        assertThat(seen.get()).isBetween(50, 60);
    }

    @Test
    void theListenerHearsStartEveryProcessedItemEveryOutputAndTheEnd() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        RunListener l = new RunListener() {
            @Override
            public void started(java.util.Map<String, Integer> workers) {
                events.add("started " + workers);
            }

            @Override
            public void progress(StageProgress p) {
                events.add("processed " + p.stage());
            }

            @Override
            public void completed(Object item) {
                events.add("completed " + item);
            }

            @Override
            public void finished(List<StageReport> reports) {
                events.add("finished " + reports.size());
            }
        };
        Fn<Integer, Integer> one = new Fn<>("one", Resources.single(), (i, out) -> out.emit(i));

        new PipelineRunner(3, 0, l).run(Pipeline.of(one), List.of(1, 2, 3).iterator(), i -> {});

        assertThat(events).startsWith("started {one=1}").endsWith("finished 1")
                .contains("processed one", "completed 1", "completed 2", "completed 3");
        assertThat(events.stream().filter(e -> e.equals("processed one"))).hasSize(3);
    }

    @Test
    void workerPoolsAreSizedFromTheThreadBudgetAndTheDeclaredResources() {
        assertThat(Resources.cpu(1).workers(16, 0, 1L << 30)).isEqualTo(16);
        assertThat(Resources.cpu(1).workers(2, 0, 1L << 30)).isEqualTo(2);
        assertThat(Resources.cpu(4).workers(16, 0, 1L << 30)).isEqualTo(4);
        assertThat(Resources.cpu(4).workers(2, 0, 1L << 30)).isEqualTo(1);
        assertThat(Resources.single().workers(16, 0, 1L << 30)).isEqualTo(1);
        assertThat(Resources.cpu(1).withMemory(256L << 20).workers(16, 0, 1L << 30)).isEqualTo(4);
        assertThat(Resources.cpu(1).withGpus(0.25).workers(16, 1, 1L << 30)).isEqualTo(4);
        assertThat(Resources.cpu(1).withGpus(1).workers(16, 0, 1L << 30)).isEqualTo(1);
    }
}
