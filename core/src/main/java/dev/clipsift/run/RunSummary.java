package dev.clipsift.run;

import dev.clipsift.engine.FilterTally;
import dev.clipsift.engine.StageCost;
import dev.clipsift.pipeline.StageReport;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json} (with {@code schema_version}): totals over every video record in the run folder (so a resumed run sums to what an
 * uninterrupted one would), plus what the last session did ({@code session}: wall time, throughput, per-stage
 * reports). Durations in seconds, sizes in bytes. {@code license} and {@code provenance} are the run's, when given;
 * {@code filters} counts each filter's verdicts over every clip (rejected counts score-only filters too: what
 * enabling them would reject); {@code clips_filtered} the clips an enabled filter rejected.
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
        int clipsFiltered,
        double videoS,
        double clipS,
        long inputBytes,
        long clipBytes,
        Map<String, FilterTally.Counts> filters,
        Session session,
        Map<String, Map<String, Object>> passes,
        List<Failure> failures) {

    /**
     * One session of the run (the first or a resume). {@code skippedDone}: videos already done before it;
     * {@code gpus}: GPUs the run could use; {@code decodedFrames}: frames decoded, by purpose;
     * {@code scorers}: what each family stage cost.
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
            List<StageStat> stages,
            List<ScorerStat> scorers) {}

    /**
     * What one clip stage of a family cost in a session: clips worked on, frames read from the shared decode,
     * milliseconds of its own work per frame and per clip (the decode is the transcode stage's), and its own
     * counters with their rates per second of its work ({@code output_tokens} -> output tokens/s); none for a
     * stage without counters.
     */
    public record ScorerStat(
            String stage,
            long clips,
            long frames,
            double msPerFrame,
            double msPerClip,
            Map<String, Long> counts,
            Map<String, Double> perSecond) {
        static ScorerStat of(String stage, StageCost c) {
            Map<String, Double> rates = new java.util.TreeMap<>();
            c.perSecond().forEach((k, v) -> rates.put(k, round3(v)));
            return new ScorerStat(
                    stage,
                    c.clips(),
                    c.frames(),
                    round3(c.msPerFrame()),
                    round3(c.msPerClip()),
                    c.counts().isEmpty() ? null : c.counts(),
                    rates.isEmpty() ? null : rates);
        }
    }

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
