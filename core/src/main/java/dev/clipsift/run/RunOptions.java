package dev.clipsift.run;

import dev.clipsift.engine.FamilyRegistry;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a run uses the machine and what it may do beyond the settings in its config: CPU threads, GPUs (their CUDA
 * device ordinals, e.g. those a scheduler assigned; null: {@code CLIPSIFT_GPUS} or what the machine has, from
 * ordinal 0), the stage families it can assemble, whether a resume
 * retries items that failed, and which of the listed videos this process works on ({@link VideoSelection}:
 * all, or one part of a run split across processes or machines).
 */
public record RunOptions(
        int threads,
        @Nullable List<Integer> gpus,
        FamilyRegistry families,
        boolean retryFailed,
        VideoSelection selection) {
    public RunOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more");
        }
        gpus = gpus == null ? null : List.copyOf(gpus);
    }

    /** Options for a whole run (every video). */
    public RunOptions(int threads, @Nullable List<Integer> gpus, FamilyRegistry families, boolean retryFailed) {
        this(threads, gpus, families, retryFailed, VideoSelection.all());
    }

    /** {@code threads} threads, the machine's GPUs, the families on the class path, failed items left as they are. */
    public static RunOptions threads(int threads) {
        return new RunOptions(threads, null, FamilyRegistry.discover(), false);
    }

    /** These options for the videos of {@code part} only. */
    public RunOptions withSelection(VideoSelection part) {
        return new RunOptions(threads, gpus, families, retryFailed, part);
    }
}
