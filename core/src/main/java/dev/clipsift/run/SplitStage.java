package dev.clipsift.run;

import dev.clipsift.pipeline.Emitter;
import dev.clipsift.pipeline.Stage;
import dev.clipsift.split.ShotSplitter;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Finds each video's shots with the configured {@link ShotSplitter}. */
final class SplitStage implements Stage<VideoTask, VideoTask> {
    private final ShotSplitter splitter;

    SplitStage(ShotSplitter splitter) {
        this.splitter = splitter;
    }

    @Override
    public String name() {
        return "split";
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of("algorithm", splitter.name(), "params", splitter.parameters());
    }

    @Override
    public void process(VideoTask task, Emitter<VideoTask> out, BooleanSupplier cancelled) throws InterruptedException {
        if (task.failed()) {
            out.emit(task);
            return;
        }
        try {
            out.emit(task.withSplit(splitter.split(task.path(), cancelled)));
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            out.emit(task.withError("split.failed", Messages.oneLine(e)));
        }
    }
}
