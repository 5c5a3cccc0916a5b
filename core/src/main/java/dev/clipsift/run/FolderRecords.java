package dev.clipsift.run;

import dev.clipsift.engine.RunRecords;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.pipeline.StageProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A run folder as one {@link dev.clipsift.engine.RunPass} sees it. It notes what the pass changes (clip records,
 * files of its own) so the run can recount and, for a remote output, upload them; with a remote output, a clip
 * file already published (and so removed from the staging folder) is fetched back when a pass asks for it.
 */
final class FolderRecords implements RunRecords {
    private final RunFolder folder;
    private final @Nullable RunUploads uploads;
    private final String pass;
    private final BooleanSupplier cancelled;
    private final RunListener listener;
    private final Set<String> changedClips = new LinkedHashSet<>();
    private final Set<Path> files = new LinkedHashSet<>();
    private final long t0 = System.nanoTime();

    FolderRecords(
            RunFolder folder,
            @Nullable RunUploads uploads,
            String pass,
            BooleanSupplier cancelled,
            RunListener listener) {
        this.folder = folder;
        this.uploads = uploads;
        this.pass = pass;
        this.cancelled = cancelled;
        this.listener = listener;
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
    public synchronized void write(ClipRecord clip) throws IOException {
        folder.writeClipRecord(clip);
        changedClips.add(clip.id());
    }

    @Override
    public Path clipFile(String id, String ext) {
        Path file = folder.clipArtifact(id, ext);
        if (uploads != null && !Files.isRegularFile(file)) {
            uploads.fetch(file);
        }
        return file;
    }

    @Override
    public synchronized Path file(String relative) throws IOException {
        Path file = folder.root().resolve(relative).normalize();
        if (!file.startsWith(folder.root()) || file.equals(folder.root())) {
            throw new IllegalArgumentException("a pass's file must lie inside the run folder: " + relative);
        }
        Files.createDirectories(file.getParent());
        files.add(file);
        return file;
    }

    @Override
    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }

    @Override
    public void progress(long done, long total) {
        double s = (System.nanoTime() - t0) / 1e9;
        double rate = s > 0 ? done / s : 0;
        double eta = rate > 0 && total >= 0 ? (total - done) / rate : Double.NaN;
        listener.progress(new StageProgress(pass, 1, done, done, 0, total, rate, eta));
    }

    /** The clips whose records the pass rewrote. */
    synchronized Set<String> changedClips() {
        return Set.copyOf(changedClips);
    }

    /** The files of its own the pass asked for (those that exist are uploaded for a remote output). */
    synchronized Set<Path> files() {
        return Set.copyOf(files);
    }
}
