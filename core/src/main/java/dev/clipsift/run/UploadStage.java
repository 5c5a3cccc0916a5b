package dev.clipsift.run;

import dev.clipsift.model.InputRecord;
import dev.clipsift.pipeline.OneLine;
import dev.clipsift.pipeline.Stage;
import dev.clipsift.pipeline.StageContext;
import dev.clipsift.pipeline.Worker;
import dev.clipsift.source.SourceException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Uploads each finished video to the run's output store as soon as its record is written. A failed upload
 * is a warning, not the end of the run: the video stays pending and is tried again at the end of the run
 * (and by {@code clipsift resume}).
 */
final class UploadStage implements Stage<InputRecord, InputRecord> {
    private final RunUploads uploads;
    private final Consumer<String> warnings;

    UploadStage(RunUploads uploads, Consumer<String> warnings) {
        this.uploads = uploads;
        this.warnings = warnings;
    }

    @Override
    public String name() {
        return "upload";
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of("to", uploads.location());
    }

    @Override
    public Worker<InputRecord, InputRecord> open(StageContext context) {
        return (batch, out) -> {
            for (InputRecord video : batch) {
                try {
                    uploads.push(video);
                } catch (SourceException e) {
                    warnings.accept(
                            "upload of " + video.sourceVideo() + " failed, retried at the end: " + OneLine.of(e));
                }
                out.emit(video);
            }
        };
    }
}
