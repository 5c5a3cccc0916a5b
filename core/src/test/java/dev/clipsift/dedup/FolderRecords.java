package dev.clipsift.dedup;

import dev.clipsift.engine.RunRecords;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.InputRecord;
import dev.clipsift.run.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A finished run's folder as a {@link RunRecords}, for calling a family's passes directly in a test. */
final class FolderRecords implements RunRecords {
    private final RunFolder folder;
    int writes;

    FolderRecords(Path root) {
        this.folder = new RunFolder(root);
    }

    @Override
    public Path root() {
        return folder.root();
    }

    @Override
    public List<String> clipIds() throws IOException {
        List<String> ids = new ArrayList<>();
        for (InputRecord v : folder.readVideoRecords()) {
            ids.addAll(v.clipIds());
        }
        return ids;
    }

    @Override
    public ClipRecord clip(String id) throws IOException {
        return folder.readClipRecord(id);
    }

    @Override
    public void write(ClipRecord clip) throws IOException {
        writes++;
        Json.writeAtomically(folder.clipRecord(clip.id()), clip);
    }

    @Override
    public Path clipFile(String id, String ext) {
        return folder.clipArtifact(id, ext);
    }

    @Override
    public Path file(String relative) throws IOException {
        Path p = folder.root().resolve(relative);
        Files.createDirectories(p.getParent());
        return p;
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    @Override
    public void progress(long done, long total) {}
}
