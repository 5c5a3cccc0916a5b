package dev.clipsift.cli;

import dev.clipsift.model.InputRecord;
import dev.clipsift.pipeline.RunListener;

/** The progress bar of {@code clipsift run}/{@code resume}: one step per finished input video. */
final class RunProgress implements RunListener, AutoCloseable {
    private final Progress progress;

    RunProgress(boolean enabled) {
        this.progress = new Progress("videos", 0, enabled);
    }

    @Override
    public void completed(Object item) {
        progress.step(item instanceof InputRecord r && r.valid());
    }

    @Override
    public void close() {
        progress.close();
    }
}
