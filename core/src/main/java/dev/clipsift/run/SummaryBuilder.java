package dev.clipsift.run;

import dev.clipsift.Version;
import dev.clipsift.engine.FilterTally;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.InputRecord;
import dev.clipsift.model.Schema;
import dev.clipsift.pipeline.StageReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Adds up a run folder's records into a {@link RunSummary}. */
final class SummaryBuilder {
    private SummaryBuilder() {}

    static RunSummary build(
            RunFolder folder,
            String runId,
            RunConfig config,
            Map<String, FilterTally.Counts> filters,
            RunSummary.Session session)
            throws IOException {
        int ok = 0;
        int clips = 0;
        int clipsOk = 0;
        int filtered = 0;
        double videoS = 0;
        double clipS = 0;
        long inputBytes = 0;
        long clipBytes = 0;
        List<InputRecord> videos = folder.readVideoRecords();
        List<RunSummary.Failure> failures = new ArrayList<>();
        for (InputRecord v : videos) {
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
            for (String id : v.clipIds()) {
                ClipRecord c = folder.readClipRecord(id);
                if (c.valid() && c.media() != null) {
                    clipS += c.media().durationS() != null ? c.media().durationS() : 0;
                    clipBytes += c.media().bytes() != null ? c.media().bytes() : 0;
                }
            }
        }
        return new RunSummary(
                Schema.VERSION,
                runId,
                Version.get(),
                config.input(),
                config.license(),
                config.provenance(),
                videos.size(),
                ok,
                videos.size() - ok,
                clips,
                clipsOk,
                clips - clipsOk,
                filtered,
                RunSummary.round3(videoS),
                RunSummary.round3(clipS),
                inputBytes,
                clipBytes,
                filters,
                session,
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
}
