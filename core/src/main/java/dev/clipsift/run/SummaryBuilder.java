package dev.clipsift.run;

import dev.clipsift.Version;
import dev.clipsift.model.InputRecord;
import dev.clipsift.model.Schema;
import dev.clipsift.pipeline.StageReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Adds up a run folder's records into a {@link RunSummary}. */
final class SummaryBuilder {
    private SummaryBuilder() {}

    /**
     * The summary of the records a filter pass just went over (it read them all), with what the families'
     * passes over the run did.
     */
    static RunSummary build(
            RunFiltering.Pass pass,
            String runId,
            RunConfig config,
            RunSummary.Session session,
            Map<String, Map<String, Object>> passes) {
        int ok = 0;
        int clips = 0;
        int clipsOk = 0;
        int filtered = 0;
        double videoS = 0;
        double clipS = 0;
        long inputBytes = 0;
        long clipBytes = 0;
        List<RunSummary.Failure> failures = new ArrayList<>();
        for (RunFiltering.VideoTotals t : pass.videos()) {
            InputRecord v = t.video();
            if (v.valid()) {
                ok++;
            } else {
                failures.add(new RunSummary.Failure(v.sourceVideo(), v.errors()));
            }
            if (v.probe() != null && v.probe().durationS() != null) {
                videoS += v.probe().durationS();
            }
            if (v.probe() != null && v.probe().sizeBytes() != null) {
                inputBytes += v.probe().sizeBytes();
            }
            clips += v.clips().total();
            clipsOk += v.clips().total() - v.clips().failed();
            filtered += v.clips().filtered();
            clipS += t.clipS();
            clipBytes += t.clipBytes();
        }
        int videos = pass.videos().size();
        return new RunSummary(
                Schema.VERSION,
                runId,
                Version.get(),
                config.input(),
                config.license(),
                config.provenance(),
                videos,
                ok,
                videos - ok,
                clips,
                clipsOk,
                clips - clipsOk,
                filtered,
                RunSummary.round3(videoS),
                RunSummary.round3(clipS),
                inputBytes,
                clipBytes,
                pass.filters(),
                session,
                passes,
                failures);
    }

    static RunSummary.Session session(
            int threads,
            int gpus,
            double wallS,
            int processed,
            int skipped,
            double videoSProcessed,
            RunSummary.DecodedFrames decoded,
            List<StageReport> reports,
            List<RunSummary.ScorerStat> scorers) {
        return new RunSummary.Session(
                threads,
                gpus,
                RunSummary.round3(wallS),
                processed,
                skipped,
                RunSummary.round3(videoSProcessed),
                RunSummary.round3(wallS > 0 ? videoSProcessed / wallS : 0),
                decoded,
                reports.stream().map(RunSummary.StageStat::of).toList(),
                scorers);
    }

    /**
     * The session of a split run: the parts' sessions ({@code parts}) added up, side by side: the longest wall
     * time, the threads and GPUs of all parts, their videos, seconds and decoded frames summed; per-stage and
     * per-family numbers stay in each part's record.
     */
    static RunSummary.Session merged(List<RunSummary> parts) {
        List<RunSummary.Session> sessions =
                parts.stream().map(RunSummary::session).toList();
        List<RunSummary.DecodedFrames> decoded = sessions.stream()
                .map(RunSummary.Session::decodedFrames)
                .filter(Objects::nonNull)
                .toList();
        return session(
                sessions.stream().mapToInt(RunSummary.Session::threads).sum(),
                sessions.stream().mapToInt(RunSummary.Session::gpus).sum(),
                sessions.stream().mapToDouble(RunSummary.Session::wallS).max().orElse(0),
                sessions.stream().mapToInt(RunSummary.Session::videosProcessed).sum(),
                sessions.stream().mapToInt(RunSummary.Session::skippedDone).sum(),
                sessions.stream()
                        .mapToDouble(RunSummary.Session::videoSecondsProcessed)
                        .sum(),
                new RunSummary.DecodedFrames(
                        decoded.stream()
                                .mapToLong(RunSummary.DecodedFrames::split)
                                .sum(),
                        decoded.stream()
                                .mapToLong(RunSummary.DecodedFrames::clipSpans)
                                .sum(),
                        decoded.stream()
                                .mapToLong(RunSummary.DecodedFrames::clipPreroll)
                                .sum()),
                List.of(),
                List.of());
    }
}
