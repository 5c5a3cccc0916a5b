package dev.clipsift.run;

import dev.clipsift.model.InputRecord;
import dev.clipsift.model.Provenance;
import dev.clipsift.pipeline.Emitter;
import dev.clipsift.pipeline.OneLine;
import dev.clipsift.pipeline.Stage;
import dev.clipsift.pipeline.StageContext;
import dev.clipsift.pipeline.Worker;
import dev.clipsift.probe.ProbeFailure;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.source.LicenseRule;
import dev.clipsift.source.Source;
import dev.clipsift.source.SourceException;
import dev.clipsift.source.SourceItem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fetches each listed video as a complete local file (a remote one is downloaded into the download cache
 * here, just before it is needed, by as many workers as the run has threads, so downloads keep pace with the
 * run) and reads its headers. A video done in this run folder is skipped, or taken up again without probing
 * when the {@link ResumePlan} says a stage is missing. A video that cannot be downloaded fails on its own, and so
 * does one whose licence (the platform's, else the run's {@code --license}) the run's {@link LicenseRule} refuses:
 * before it is downloaded. The video's provenance (the run's, with what its platform says laid over it) goes on
 * with the task into every clip record.
 */
final class ProbeStage implements Stage<SourceItem, VideoTask> {
    private final Source source;
    private final RunFolder folder;
    private final ResumePlan plan;
    private final Provenance runProvenance;
    private final LicenseRule licenseRule;
    private final AtomicLong skipped = new AtomicLong();

    ProbeStage(Source source, RunFolder folder, ResumePlan plan, RunConfig config) {
        this.source = source;
        this.folder = folder;
        this.plan = plan;
        this.runProvenance = Provenance.of(config.license(), config.provenance());
        this.licenseRule = config.requireLicense() == null ? null : new LicenseRule(config.requireLicense());
    }

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public Map<String, Object> describe() {
        return licenseRule == null
                ? Map.of("reader", "libavformat (in-process)")
                : Map.of("reader", "libavformat (in-process)", "require_license", licenseRule.pattern());
    }

    long skipped() {
        return skipped.get();
    }

    @Override
    public Worker<SourceItem, VideoTask> open(StageContext context) {
        Prober prober = new Prober();
        return (batch, out) -> {
            for (SourceItem item : batch) {
                process(prober, item, out);
            }
        };
    }

    private void process(Prober prober, SourceItem item, Emitter<VideoTask> out)
            throws InterruptedException, IOException {
        VideoTask task = VideoTask.of(item.path(), source.relativeName(item));
        InputRecord done = folder.isDone(task.id()) ? folder.readVideoRecord(task.id()) : null;
        ResumePlan.Verdict verdict = done == null ? ResumePlan.Verdict.REDO : plan.of(done);
        if (verdict == ResumePlan.Verdict.DONE) {
            skipped.incrementAndGet();
            return;
        }
        if (verdict == ResumePlan.Verdict.PARTLY_DONE) {
            task = task.withDone(done);
        }
        SourceItem known = item;
        VideoRecord r;
        try {
            known = source.remote() ? source.describe(item) : item;
            if (task.done() == null) {
                task = task.withProvenance(Provenance.merge(runProvenance, source.provenance(known)));
                String refusal = licenseRule == null
                        ? null
                        : licenseRule.refusal(
                                task.provenance() == null
                                        ? null
                                        : task.provenance().license());
                if (refusal != null) {
                    out.emit(task.withProbe(VideoRecord.failed(
                                    known.path(),
                                    known.sizeBytes(),
                                    known.mtimeMs(),
                                    ProbeFailure.LICENSE_REFUSED,
                                    refusal))
                            .withError("probe." + ProbeFailure.LICENSE_REFUSED.key(), refusal));
                    return;
                }
            }
            Path local = source.materialise(known);
            task = task.withLocal(local, source.remote());
            r = task.done() != null
                    ? task.probe()
                    : source.remote()
                            ? prober.probeUrl(local.toString(), known.path(), known.sizeBytes(), known.mtimeMs())
                            : prober.probe(local);
        } catch (SourceException e) {
            String error = OneLine.of(e);
            out.emit(task.withProbe(VideoRecord.failed(
                            known.path(), known.sizeBytes(), known.mtimeMs(), ProbeFailure.DOWNLOAD_FAILED, error))
                    .withError("probe." + ProbeFailure.DOWNLOAD_FAILED.key(), error));
            return;
        }
        if (r.ok()) {
            out.emit(task.withProbe(r));
            return;
        }
        ProbeFailure failure = r.failure() != null ? r.failure() : ProbeFailure.UNREADABLE;
        out.emit(task.withProbe(r).withError("probe." + failure.key(), r.error()));
    }
}
