package dev.clipsift.pipeline;

/**
 * What one stage did in a run: items in, out and out marked failed, its wall time (first item started to last item ended),
 * the time its workers spent working (not counting time blocked on a full downstream queue), and items in
 * per second of wall time.
 */
public record StageReport(
        String stage, int workers, long itemsIn, long itemsOut, long itemsFailed, double wallS, double busyS) {
    public double itemsPerS() {
        return wallS > 0 ? itemsIn / wallS : 0;
    }
}
