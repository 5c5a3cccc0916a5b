package dev.clipsift.run;

import dev.clipsift.engine.FamilyRegistry;

/**
 * How a run uses the machine and what it may do beyond the settings in its config: CPU threads, GPUs (null:
 * {@code CLIPSIFT_GPUS} or what the machine has), the stage families it can assemble, and whether a resume
 * retries items that failed.
 */
public record RunOptions(int threads, Integer gpus, FamilyRegistry families, boolean retryFailed) {
    public RunOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more");
        }
    }

    /** {@code threads} threads, the machine's GPUs, the families on the class path, failed items left as they are. */
    public static RunOptions threads(int threads) {
        return new RunOptions(threads, null, FamilyRegistry.discover(), false);
    }
}
