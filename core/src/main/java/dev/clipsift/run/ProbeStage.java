package dev.clipsift.run;

import dev.clipsift.pipeline.Emitter;
import dev.clipsift.pipeline.Stage;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.source.Source;
import dev.clipsift.source.SourceException;
import dev.clipsift.source.SourceItem;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Fetches each listed video as a complete local file (a remote one is downloaded into the download cache
 * here, just before it is needed, so downloads keep pace with the run) and reads its headers. Videos already
 * done in this run folder are skipped (resume). A video that cannot be downloaded fails on its own.
 */
final class ProbeStage implements Stage<SourceItem, VideoTask> {
    private final Source source;
    private final RunFolder folder;
    private final Prober prober = new Prober();
    private final AtomicLong skipped = new AtomicLong();

    ProbeStage(Source source, RunFolder folder) {
        this.source = source;
        this.folder = folder;
    }

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of("reader", "libavformat (in-process)");
    }

    long skipped() {
        return skipped.get();
    }

    @Override
    public void process(SourceItem item, Emitter<VideoTask> out, BooleanSupplier cancelled) throws InterruptedException {
        VideoTask task = VideoTask.of(item.path(), source.relativeName(item));
        if (folder.isDone(task.id())) {
            skipped.incrementAndGet();
            return;
        }
        VideoRecord r;
        if (source.remote()) {
            SourceItem known = item;
            try {
                known = source.describe(item);
                Path local = source.materialise(known);
                task = task.withLocal(local, true);
                r = prober.probeUrl(local.toString(), known.path(), known.sizeBytes(), known.mtimeMs());
            } catch (SourceException e) {
                String error = Messages.oneLine(e);
                out.emit(task.withProbe(VideoRecord.failed(known.path(), known.sizeBytes(), known.mtimeMs(), error))
                        .withError("probe.download_failed", error));
                return;
            }
        } else {
            Path local = source.materialise(item);
            task = task.withLocal(local, false);
            r = prober.probe(local);
        }
        if (r.ok()) {
            out.emit(task.withProbe(r));
            return;
        }
        String error = Messages.oneLine(r.error());
        out.emit(task.withProbe(VideoRecord.failed(r.path(), r.sizeBytes(), r.mtimeMs(), error))
                .withError("probe." + reason(error), error));
    }

    private static String reason(String error) {
        if (error.startsWith("empty file")) {
            return "empty_file";
        }
        if (error.startsWith("no video stream")) {
            return "no_video_stream";
        }
        return "unreadable";
    }
}
