package dev.clipsift.spark;

import dev.clipsift.pipeline.Gpus;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.resource.ResourceInformation;
import org.jspecify.annotations.Nullable;

/**
 * What one Spark task may use, as the run's machine options: {@code spark.task.cpus} CPU threads (the pipeline's
 * thread budget, from which each stage's {@code Resources} sizes its worker pool), and the GPUs Spark assigned to
 * the task ({@code spark.task.resource.gpu.amount} with a GPU discovery script) as the run's GPUs: the addresses
 * themselves, as CUDA ordinals ({@link Gpus#assigned}: GPU "3" is {@code cuda:3}, or its position in
 * {@code CUDA_VISIBLE_DEVICES} when that is set), so a GPU stage (NVENC transcode) works on the GPUs Spark gave
 * this task and not on another task's. Without a GPU resource ({@code gpus} null) the run's own rule applies
 * ({@code --gpus}, {@code CLIPSIFT_GPUS}, the GPUs the driver lists).
 */
record TaskResources(int threads, @Nullable List<Integer> gpus) {
    static final String GPU = "gpu";

    /** The resources of the task running now. */
    static TaskResources current(SparkConf conf) {
        TaskContext task = TaskContext.get();
        ResourceInformation gpu = task == null ? null : task.resourcesJMap().get(GPU);
        return of(
                conf.getInt("spark.task.cpus", 1),
                gpu == null ? null : gpu.addresses(),
                System.getenv("CUDA_VISIBLE_DEVICES"));
    }

    /** {@code cpus} threads; the GPUs {@code gpuAddresses} names, in a process that sees {@code visibleDevices}. */
    static TaskResources of(int cpus, String @Nullable [] gpuAddresses, @Nullable String visibleDevices) {
        return new TaskResources(
                Math.max(1, cpus), gpuAddresses == null ? null : Gpus.assigned(gpuAddresses, visibleDevices));
    }
}
