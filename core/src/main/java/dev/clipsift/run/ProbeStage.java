package dev.clipsift.run;

import dev.clipsift.pipeline.Emitter;
import dev.clipsift.pipeline.Stage;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/** Reads each listed file's headers; videos already done in this run folder are skipped (resume). */
final class ProbeStage implements Stage<Path, VideoTask> {
    private final Path root;
    private final RunFolder folder;
    private final Prober prober = new Prober();
    private final AtomicLong skipped = new AtomicLong();

    ProbeStage(Path root, RunFolder folder) {
        this.root = root;
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
    public void process(Path file, Emitter<VideoTask> out, BooleanSupplier cancelled) throws InterruptedException {
        VideoTask task = VideoTask.of(file, relativePath(file));
        if (folder.isDone(task.id())) {
            skipped.incrementAndGet();
            return;
        }
        VideoRecord r = prober.probe(file);
        if (r.ok()) {
            out.emit(task.withProbe(r));
            return;
        }
        String error = Messages.oneLine(r.error());
        out.emit(task.withProbe(VideoRecord.failed(r.path(), r.sizeBytes(), r.mtimeMs(), error))
                .withError("probe." + reason(error), error));
    }

    private String relativePath(Path file) {
        Path rel = root.equals(file) ? file.getFileName() : root.relativize(file);
        return rel.toString().replace('\\', '/');
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
