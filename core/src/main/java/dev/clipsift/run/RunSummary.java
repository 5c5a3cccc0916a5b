package dev.clipsift.run;

import dev.clipsift.pipeline.StageReport;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json} (with {@code schema_version}): totals over every video record in the run folder (so a resumed run sums to what an
 * uninterrupted one would), plus what the last session did ({@code session}: wall time, throughput, per-stage
 * reports). Durations in seconds, sizes in bytes. {@code license} and {@code provenance} are the run's, when given.
 */
public record RunSummary(
        int schemaVersion,
        String runId,
        String toolVersion,
        String input,
        String license,
        String provenance,
        int inputs,
        int inputsOk,
        int inputsFailed,
        int clips,
        int clipsOk,
        int clipsFailed,
        double videoS,
        double clipS,
        long inputBytes,
        long clipBytes,
        Session session,
        List<Failure> failures) {

    /**
     * One session of the run (the first or a resume). {@code skippedDone}: videos already done before it;
     * {@code gpus}: GPUs the run could use; {@code decodedFrames}: frames decoded, by purpose.
     */
    public record Session(
            int threads,
            int gpus,
            double wallS,
            int videosProcessed,
            int skippedDone,
            double videoSecondsProcessed,
            double videoSecondsPerSecond,
            DecodedFrames decodedFrames,
            List<StageStat> stages) {}

    /**
     * Frames decoded in a session: to find shots ({@code split}, whole videos), inside clip spans for every
     * stage that reads a clip's pixels ({@code clipSpans}: one decode per clip span shows as the sum of the
     * spans' frames) and before spans, from the seek point to the span's first frame ({@code clipPreroll}).
     */
    public record DecodedFrames(long split, long clipSpans, long clipPreroll) {}

    /** A stage's report with its throughput. */
    public record StageStat(
            String stage,
            int workers,
            long itemsIn,
            long itemsOut,
            long itemsFailed,
            double wallS,
            double busyS,
            double itemsPerS) {
        static StageStat of(StageReport r) {
            return new StageStat(
                    r.stage(),
                    r.workers(),
                    r.itemsIn(),
                    r.itemsOut(),
                    r.itemsFailed(),
                    round3(r.wallS()),
                    round3(r.busyS()),
                    round3(r.itemsPerS()));
        }
    }

    /** A video that failed or has failed clips, and why. */
    public record Failure(String video, Map<String, String> errors) {}

    static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    public boolean anyFailed() {
        return inputsFailed > 0;
    }
}
