package dev.clipsift.pipeline;

/**
 * What one worker of a stage uses: CPU threads, GPUs (fractions allowed, as in cosmos-curate's
 * {@code gpus_per_worker}) and memory (Java heap and native buffers together). The runner sizes each stage's worker pool from these and the machine.
 * {@code maxWorkers} caps the pool (1 for a stage that must see items one at a time).
 */
public record Resources(int cpuThreads, double gpus, long memoryBytes, int maxWorkers) {
    public Resources {
        if (cpuThreads < 0 || gpus < 0 || memoryBytes < 0 || maxWorkers < 1) {
            throw new IllegalArgumentException("resources must be positive, maxWorkers at least 1");
        }
    }

    /** A CPU stage using {@code threads} threads per worker, as many workers as the machine allows. */
    public static Resources cpu(int threads) {
        return new Resources(threads, 0, 0, Integer.MAX_VALUE);
    }

    /** A stage that must process items one at a time, in one worker. */
    public static Resources single() {
        return new Resources(1, 0, 0, 1);
    }

    public Resources withMemory(long bytes) {
        return new Resources(cpuThreads, gpus, bytes, maxWorkers);
    }

    public Resources withGpus(double perWorker) {
        return new Resources(cpuThreads, perWorker, memoryBytes, maxWorkers);
    }

    /**
     * How many workers fit: {@code threads / cpuThreads}, at most {@code gpuCount / gpus} for a GPU stage and
     * {@code memoryBudget / memoryBytes} for a stage that declares memory; never fewer than one.
     */
    public int workers(int threads, int gpuCount, long memoryBudget) {
        long n = cpuThreads == 0 ? threads : Math.max(1, threads / cpuThreads);
        if (gpus > 0) {
            n = Math.min(n, (long) Math.floor(gpuCount / gpus));
        }
        if (memoryBytes > 0) {
            n = Math.min(n, memoryBudget / memoryBytes);
        }
        return (int) Math.max(1, Math.min(n, maxWorkers));
    }
}
