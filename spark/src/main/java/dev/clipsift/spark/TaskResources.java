package dev.clipsift.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.resource.ResourceInformation;
import org.jspecify.annotations.Nullable;

/**
 * What one Spark task may use, as the run's machine options: {@code spark.task.cpus} CPU threads (the pipeline's
 * thread budget, from which each stage's {@code Resources} sizes its worker pool), and the GPUs Spark assigned to
 * the task ({@code spark.task.resource.gpu.amount} with a GPU discovery script) as the run's GPU count, so a GPU
 * stage (NVENC transcode) gets workers and devices {@code cuda:0..n-1}. Without a GPU resource the run's own
 * rule applies ({@code --gpus}, {@code CLIPSIFT_GPUS}, the GPUs the driver lists).
 */
record TaskResources(int threads, @Nullable Integer gpus) {
    static final String GPU = "gpu";

    /** The resources of the task running now, {@code fallbackGpus} when Spark assigned it no GPU resource. */
    static TaskResources current(SparkConf conf, @Nullable Integer fallbackGpus) {
        TaskContext task = TaskContext.get();
        ResourceInformation gpu = task == null ? null : task.resourcesJMap().get(GPU);
        return of(conf.getInt("spark.task.cpus", 1), gpu == null ? null : gpu.addresses(), fallbackGpus);
    }

    /** {@code cpus} threads; as many GPUs as {@code gpuAddresses} holds, {@code fallbackGpus} when null. */
    static TaskResources of(int cpus, String @Nullable [] gpuAddresses, @Nullable Integer fallbackGpus) {
        return new TaskResources(
                Math.max(1, cpus), gpuAddresses == null ? fallbackGpus : Integer.valueOf(gpuAddresses.length));
    }
}
