package dev.clipsift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PipelineRunnerTest {

    @Test
    void everyItemFlowsThroughEveryStageIncludingFanOut() throws Exception {
        LambdaStage<Integer, Integer> twice = new LambdaStage<>("twice", Resources.cpu(1), (i, out) -> out.emit(i * 2));
        LambdaStage<Integer, String> split = new LambdaStage<>("split", Resources.cpu(1), (i, out) -> {
            out.emit(i + "a");
            out.emit(i + "b");
        });
        List<String> got = Collections.synchronizedList(new ArrayList<>());

        List<StageReport> reports = new PipelineRunner(4, 0, RunListener.NONE)
                .run(
                        Pipeline.of(twice).then(split),
                        IntStream.range(0, 200).boxed().iterator(),
                        got::add);

        assertThat(got).hasSize(400).contains("0a", "0b", "398a", "398b").doesNotHaveDuplicates();
        assertThat(reports).extracting(StageReport::stage).containsExactly("twice", "split");
        assertThat(reports.get(1).itemsIn()).isEqualTo(200);
        assertThat(reports.get(1).itemsOut()).isEqualTo(400);
        assertThat(twice.setups.get())
                .as("one set-up per worker")
                .isEqualTo(reports.get(0).workers())
                .isEqualTo(4);
        assertThat(twice.closes.get()).isEqualTo(4);
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
        LambdaStage<Integer, Integer> fast = new LambdaStage<>("fast", Resources.cpu(1), (i, out) -> out.emit(i));
        LambdaStage<Integer, Integer> slow = new LambdaStage<>("slow", Resources.single(), (i, out) -> {
            Thread.sleep(1);
            out.emit(i);
        });

        new PipelineRunner(2, 0, RunListener.NONE)
                .run(Pipeline.of(fast).then(slow), source, i -> inFlight.decrementAndGet());

        // queues: fast 2 workers x2 = 4, slow 1 worker -> 2; plus one item per worker and one in the feeder
        assertThat(maxInFlight.get()).isLessThanOrEqualTo(4 + 2 + 2 + 1 + 1);
    }

    @Test
    void aFailingStageStopsTheRunNamesTheStageAndStillClosesEveryStage() {
        LambdaStage<Integer, Integer> ok = new LambdaStage<>("ok", Resources.cpu(1), (i, out) -> out.emit(i));
        LambdaStage<Integer, Integer> bad = new LambdaStage<>("bad", Resources.cpu(1), (i, out) -> {
            if (i == 7) {
                throw new IllegalStateException("boom at 7");
            }
            out.emit(i);
        });

        assertThatThrownBy(() -> new PipelineRunner(2, 0, RunListener.NONE)
                        .run(
                                Pipeline.of(ok).then(bad),
                                IntStream.range(0, 100_000).boxed().iterator(),
                                i -> {}))
                .isInstanceOf(PipelineException.class)
                .hasMessageContaining("'bad'")
                .hasMessageContaining("boom at 7");
        assertThat(ok.closes.get()).isEqualTo(ok.setups.get()).isPositive();
        assertThat(bad.closes.get()).isEqualTo(bad.setups.get()).isPositive();
    }

    @Test
    void cancellingTheHandleStopsAnEndlessRunWithACancellationException() throws Exception {
        PipelineRunner runner = new PipelineRunner(2, 0, RunListener.NONE);
        AtomicInteger seen = new AtomicInteger();
        AtomicReference<PipelineRun> handle = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        LambdaStage<Integer, Integer> stage = new LambdaStage<>("count", Resources.cpu(1), (i, out) -> {
            started.await();
            if (seen.incrementAndGet() == 50) {
                handle.get().cancel();
            }
            out.emit(i);
        });
        Iterator<Integer> endless = IntStream.iterate(0, i -> i + 1).boxed().iterator();

        handle.set(runner.start(Pipeline.of(stage), endless, -1, i -> {}));
        started.countDown();

        assertThatThrownBy(() -> handle.get().result()).isInstanceOf(CancellationException.class);
        assertThat(handle.get().state()).isEqualTo(RunState.CANCELLED);
        assertThat(seen.get()).isBetween(50, 60);
    }

    @Test
    void workersGetBatchesUpToTheDeclaredSizeAndEveryItemOnce() throws Exception {
        LambdaStage<Integer, Integer> batched =
                new LambdaStage<>("batched", Resources.single(), (i, out) -> out.emit(i));
        batched.batchSize = 8;
        List<Integer> got = Collections.synchronizedList(new ArrayList<>());

        new PipelineRunner(2, 0, RunListener.NONE)
                .run(Pipeline.of(batched), IntStream.range(0, 100).boxed().iterator(), got::add);

        assertThat(got)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, 100).boxed().toList());
        assertThat(batched.batchSizes).allMatch(n -> n >= 1 && n <= 8);
        assertThat(batched.batchSizes.stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(100);
    }

    @Test
    void aWorkerCanStillEmitWhenTheInputEnds() throws Exception {
        Stage<Integer, Integer> sum = new Stage<>() {
            @Override
            public String name() {
                return "sum";
            }

            @Override
            public Resources resources() {
                return Resources.single();
            }

            @Override
            public Worker<Integer, Integer> open(StageContext context) {
                int[] total = {0};
                return new Worker<>() {
                    @Override
                    public void process(List<Integer> batch, Emitter<Integer> out) {
                        batch.forEach(i -> total[0] += i);
                    }

                    @Override
                    public void flush(Emitter<Integer> out) throws InterruptedException {
                        out.emit(total[0]);
                    }
                };
            }
        };
        List<Integer> got = Collections.synchronizedList(new ArrayList<>());
        LambdaStage<Integer, Integer> after = new LambdaStage<>("after", Resources.cpu(1), (i, out) -> out.emit(i + 1));

        new PipelineRunner(2, 0, RunListener.NONE)
                .run(
                        Pipeline.of(sum).then(after),
                        IntStream.rangeClosed(1, 10).boxed().iterator(),
                        got::add);

        assertThat(got).containsExactly(56);
    }

    @Test
    void stageNamesMustBeUnique() {
        LambdaStage<Integer, Integer> a = new LambdaStage<>("same", Resources.cpu(1), (i, out) -> out.emit(i));
        LambdaStage<Integer, Integer> b = new LambdaStage<>("same", Resources.cpu(1), (i, out) -> out.emit(i));

        assertThatThrownBy(() -> Pipeline.of(a).then(b))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'same'");
    }

    @Test
    void helperThreadsAStageStartsAreStoppedWhenTheRunEnds() throws Exception {
        List<Thread> helpers = Collections.synchronizedList(new ArrayList<>());
        Stage<Integer, Integer> withHelper = new Stage<>() {
            @Override
            public String name() {
                return "helped";
            }

            @Override
            public Worker<Integer, Integer> open(StageContext context) {
                Thread t = context.helpers().newThread(() -> {
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                t.start();
                helpers.add(t);
                return (batch, out) -> {
                    for (Integer i : batch) {
                        out.emit(i);
                    }
                };
            }
        };

        new PipelineRunner(2, 0, RunListener.NONE)
                .run(Pipeline.of(withHelper), IntStream.range(0, 10).boxed().iterator(), i -> {});

        assertThat(helpers).isNotEmpty().noneMatch(Thread::isAlive);
    }

    @Test
    void gpuWorkersTakeTheGpusInTurnAndCpuWorkersTheCpu() throws Exception {
        LambdaStage<Integer, Integer> gpu =
                new LambdaStage<>("gpu", Resources.cpu(1).withGpus(1), (i, out) -> out.emit(i));
        LambdaStage<Integer, Integer> cpu = new LambdaStage<>("cpu", Resources.single(), (i, out) -> out.emit(i));

        new PipelineRunner(8, 2, RunListener.NONE)
                .run(Pipeline.of(gpu).then(cpu), IntStream.range(0, 10).boxed().iterator(), i -> {});

        assertThat(gpu.devices).containsExactlyInAnyOrder(Device.gpu(0), Device.gpu(1));
        assertThat(cpu.devices).containsExactly(Device.CPU);
    }

    @Test
    void gpuWorkersTakeTheGpusTheRunnerWasGivenNotTheFirstOnes() throws Exception {
        LambdaStage<Integer, Integer> gpu =
                new LambdaStage<>("gpu", Resources.cpu(1).withGpus(1), (i, out) -> out.emit(i));

        new PipelineRunner(8, List.of(2, 3), RunListener.NONE)
                .run(Pipeline.of(gpu), IntStream.range(0, 10).boxed().iterator(), i -> {});

        assertThat(gpu.devices).containsExactlyInAnyOrder(Device.gpu(2), Device.gpu(3));
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
        LambdaStage<Integer, Integer> one = new LambdaStage<>("one", Resources.single(), (i, out) -> out.emit(i));

        new PipelineRunner(3, 0, l).run(Pipeline.of(one), List.of(1, 2, 3).iterator(), i -> {});

        assertThat(events)
                .startsWith("started {one=1}")
                .endsWith("finished 1")
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
        assertThat(Resources.cpu(1).withMemory(256L << 20).workers(16, 0, 1L << 30))
                .isEqualTo(4);
        assertThat(Resources.cpu(1).withGpus(0.25).workers(16, 1, 1L << 30)).isEqualTo(4);
        assertThat(Resources.cpu(1).withGpus(1).workers(16, 0, 1L << 30)).isEqualTo(1);
    }
}
