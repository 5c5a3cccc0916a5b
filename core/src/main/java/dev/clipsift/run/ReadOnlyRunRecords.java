package dev.clipsift.run;

import dev.clipsift.engine.RunRecords;
import dev.clipsift.model.ClipRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A local run folder as a {@link dev.clipsift.engine.RunPass} sees it, left as it is: each clip record shown
 * through {@code view} (a review's verdicts and captions, or as stored), record writes dropped, and the pass's own
 * files kept under {@code files}, so a pass (a benchmark's, an export's) runs over a run without changing it.
 */
public final class ReadOnlyRunRecords implements RunRecords {
    private final RunFolder folder;
    private final UnaryOperator<ClipRecord> view;
    private final Path files;

    public ReadOnlyRunRecords(Path root, UnaryOperator<ClipRecord> view, Path files) {
        this.folder = new RunFolder(root);
        this.view = view;
        this.files = files.toAbsolutePath().normalize();
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
        return view.apply(folder.readClipRecord(id));
    }

    @Override
    public void write(ClipRecord clip) {}

    @Override
    public Path clipFile(String id, String ext) {
        return folder.clipArtifact(id, ext);
    }

    @Override
    public Path file(String relative) throws IOException {
        Path file = files.resolve(relative).normalize();
        if (!file.startsWith(files)) {
            throw new IllegalArgumentException("a pass's file must lie inside " + files + ": " + relative);
        }
        Files.createDirectories(file.getParent());
        return file;
    }

    @Override
    public boolean cancelled() {
        return Thread.currentThread().isInterrupted();
    }

    @Override
    public void progress(long done, long total) {}
}
