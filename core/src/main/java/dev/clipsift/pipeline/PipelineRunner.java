package dev.clipsift.pipeline;

import java.lang.management.ManagementFactory;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Runs {@link Pipeline}s: a pool of worker threads per stage, sized from the stage's {@link Resources}, the
 * thread budget, the GPUs and the memory budget, and a bounded queue in front of each stage, so a fast stage
 * waits for a slow one (back-pressure) and memory stays flat however many items flow through. Each
 * {@link #start} returns a {@link PipelineRun}, the handle of that run (state, cancel, result); the runner
 * itself keeps no state between runs.
 */
public final class PipelineRunner {
    private final int threads;
    private final List<Integer> gpus;
    private final RunListener listener;

    /**
     * @param threads the CPU thread budget (e.g. the number of cores)
     * @param gpus the GPUs to share among GPU stages, as CUDA device ordinals ({@link Gpus})
     */
    public PipelineRunner(int threads, List<Integer> gpus, RunListener listener) {
        this.threads = Math.max(1, threads);
        this.gpus = List.copyOf(gpus);
        this.listener = listener;
    }

    /** A runner with GPUs {@code 0..gpuCount-1}. */
    public PipelineRunner(int threads, int gpuCount, RunListener listener) {
        this(threads, Gpus.first(Math.max(0, gpuCount)), listener);
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
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
            plan.put(s.name(), s.resources().workers(threads, gpus.size(), memoryBudget));
        }
        return plan;
    }

    /**
     * The device of worker {@code worker} of {@code stage}: a GPU stage's workers take the runner's GPUs in turn,
     * every other worker runs on the CPU.
     */
    Device device(Stage<?, ?> stage, int worker) {
        return stage.resources().gpus() > 0 && !gpus.isEmpty()
                ? Device.gpu(gpus.get(worker % gpus.size()))
                : Device.CPU;
    }

    /**
     * Starts feeding every item of {@code source} through the pipeline; each output of the last stage goes to
     * {@code sink} (from worker threads, one call at a time). {@code expected} is how many items the source
     * holds (-1 when unknown), for progress and ETA.
     */
    public <I, O> PipelineRun start(
            Pipeline<I, O> pipeline, Iterator<? extends I> source, long expected, Consumer<? super O> sink) {
        PipelineRun run = new PipelineRun(this, pipeline, plan(pipeline), listener);
        run.start(source, expected, sink);
        return run;
    }

    /**
     * Runs the pipeline to its end in the calling thread's time and returns per-stage reports.
     *
     * @throws CancellationException when cancelled
     * @throws PipelineException when a stage failed
     */
    public <I, O> List<StageReport> run(Pipeline<I, O> pipeline, Iterator<? extends I> source, Consumer<? super O> sink)
            throws InterruptedException {
        PipelineRun run = start(pipeline, source, -1, sink);
        try {
            return run.result();
        } catch (InterruptedException e) {
            run.cancel();
            run.await();
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new PipelineException(e.getCause());
        }
    }
}
