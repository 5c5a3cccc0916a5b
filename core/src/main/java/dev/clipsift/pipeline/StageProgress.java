package dev.clipsift.pipeline;

/**
 * A typed progress event of one stage, a snapshot of its counters: items taken in, emitted, failed (items
 * that left the stage with an error of this stage), the worker count, throughput in items per second of the
 * stage's wall time, and an estimate of the seconds left ({@code etaS}, {@link Double#NaN} while the total is
 * unknown). {@code expected} is how many items the stage will see in all, or -1 when unknown.
 */
public record StageProgress(
        String stage,
        int workers,
        long itemsIn,
        long itemsOut,
        long itemsFailed,
        long expected,
        double itemsPerS,
        double etaS) {

    /** Fraction done in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        if (expected < 0) {
            return -1;
        }
        return expected == 0 ? 1 : Math.min(1, itemsIn / (double) expected);
    }
}
