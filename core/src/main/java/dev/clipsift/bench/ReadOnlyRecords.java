package dev.clipsift.bench;

import dev.clipsift.engine.RunRecords;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.run.RunFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A local run folder as a {@link dev.clipsift.engine.RunPass} sees it, left as it is: record writes are dropped
 * and the pass gets no files of its own, so a benchmark can run a pass over a run without changing it.
 */
final class ReadOnlyRecords implements RunRecords {
    private final RunFolder folder;

    ReadOnlyRecords(Path root) {
        this.folder = new RunFolder(root);
    }

    @Override
    public Path root() {
        return folder.root();
    }

    @Override
    public List<String> clipIds() throws IOException {
        return folder.recordedClipIds();
    }

    @Override
    public ClipRecord clip(String id) throws IOException {
        return folder.readClipRecord(id);
    }

    @Override
    public void write(ClipRecord clip) {}

    @Override
    public Path clipFile(String id, String ext) {
        return folder.clipArtifact(id, ext);
    }

    @Override
    public Path file(String relative) {
        throw new UnsupportedOperationException("a benchmark's pass writes to an output of its own");
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    @Override
    public void progress(long done, long total) {}
}
