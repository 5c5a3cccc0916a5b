package dev.clipsift.run;

import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.InputRecord;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The output folder of a run: {@code config.json}, {@code videos/<id>.json}, {@code clips/<id>.mp4} +
 * {@code clips/<id>.json} and {@code summary.json}. Every file is written atomically (temp + rename), so a
 * killed run leaves only complete files and {@code *.part} temp files, which {@link #removeLeftovers} deletes.
 */
public final class RunFolder {
    /** Records read or written at once by {@link #eachVideo}. */
    static final int IO_THREADS = 8;

    private final Path root;

    public RunFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path config() {
        return root.resolve("config.json");
    }

    public Path summary() {
        return root.resolve("summary.json");
    }

    public Path videos() {
        return root.resolve("videos");
    }

    public Path clips() {
        return root.resolve("clips");
    }

    public Path videoRecord(String id) {
        return videos().resolve(id + ".json");
    }

    public Path clipVideo(String id) {
        return clipArtifact(id, "mp4");
    }

    /** A file a clip stage writes for clip {@code id}: {@code clips/<id>.<ext>}. */
    public Path clipArtifact(String id, String ext) {
        return clips().resolve(id + "." + ext);
    }

    /** What each part of a split run did: {@code partitions/<selection>.json} (its summary). */
    public Path partitions() {
        return root.resolve("partitions");
    }

    /** The record of the part {@code selection} of a split run, written when that part has finished. */
    public Path partitionRecord(VideoSelection selection) {
        return partitions().resolve(selection.name() + ".json");
    }

    /** Where the runs working in this folder hold their locks ({@code locks/<selection>.lock}). */
    public Path locks() {
        return root.resolve("locks");
    }

    public Path clipRecord(String id) {
        return clips().resolve(id + ".json");
    }

    public void create() throws IOException {
        Files.createDirectories(videos());
        Files.createDirectories(clips());
    }

    /** A video is done once its record is written (after all its clips). */
    public boolean isDone(String videoId) {
        return Files.isRegularFile(videoRecord(videoId));
    }

    public boolean hasConfig() {
        return Files.isRegularFile(config());
    }

    /** Deletes the temp files a killed run left behind; returns how many. */
    public int removeLeftovers() throws IOException {
        int n = 0;
        for (Path dir : List.of(root, videos(), clips())) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.part")) {
                for (Path p : ds) {
                    Files.deleteIfExists(p);
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Deletes clip files ({@code clips/<id>.<ext>} for each of {@code artifacts}) that have no record: a stopped
     * run's work that its records stage never saw, which a resume redoes. Returns how many.
     */
    public int removeOrphans(List<String> artifacts) throws IOException {
        int n = 0;
        if (!Files.isDirectory(clips())) {
            return 0;
        }
        for (String ext : artifacts) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(clips(), "*." + ext)) {
                for (Path p : ds) {
                    String name = p.getFileName().toString();
                    if (!hasClipRecord(name.substring(0, name.length() - ext.length() - 1))) {
                        Files.deleteIfExists(p);
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** The ids of the videos done (with a record), in name order. */
    public List<String> doneIds() throws IOException {
        List<String> ids = new ArrayList<>();
        if (Files.isDirectory(videos())) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(videos(), "*.json")) {
                ds.forEach(p -> ids.add(p.getFileName().toString().replaceFirst("\\.json$", "")));
            }
        }
        ids.sort(null);
        return ids;
    }

    /** Every video record in the folder, in file-name order. */
    public List<InputRecord> readVideoRecords() throws IOException {
        return eachVideo(v -> v);
    }

    /** Work on one video record that reads or writes files. */
    @FunctionalInterface
    public interface VideoWork<T> {
        T apply(InputRecord video) throws IOException;
    }

    /**
     * {@code work} applied to every video record, {@link #IO_THREADS} at a time (reading and rewriting records is
     * waiting on the disk, so more threads than cores pay off); the results in file-name order. The first failure
     * is thrown once the others have finished.
     */
    public <T> List<T> eachVideo(VideoWork<T> work) throws IOException {
        return eachVideo(VideoSelection.all(), work);
    }

    /** As {@link #eachVideo(VideoWork)}, on the videos of {@code part} only. */
    public <T> List<T> eachVideo(VideoSelection part, VideoWork<T> work) throws IOException {
        List<String> ids = doneIds().stream().filter(part::includes).toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(IO_THREADS, ids.size())), r -> {
            Thread t = new Thread(r, "clipsift-records");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (String id : ids) {
                futures.add(pool.submit(() -> work.apply(readVideoRecord(id))));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("reading the records of " + root + " was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every clip with a record, video by video (in {@link #doneIds} order), in the order of each video's clips. */
    public List<String> recordedClipIds() throws IOException {
        List<String> ids = new ArrayList<>();
        for (String video : doneIds()) {
            for (String clip : readVideoRecord(video).clipIds()) {
                if (hasClipRecord(clip)) {
                    ids.add(clip);
                }
            }
        }
        return ids;
    }

    public ClipRecord readClipRecord(String id) throws IOException {
        return Json.read(clipRecord(id), ClipRecord.class);
    }

    public InputRecord readVideoRecord(String id) throws IOException {
        return Json.read(videoRecord(id), InputRecord.class);
    }

    public boolean hasClipRecord(String id) {
        return Files.isRegularFile(clipRecord(id));
    }

    void writeClipRecord(ClipRecord r) throws IOException {
        Json.writeAtomically(clipRecord(r.id()), r);
    }

    void writeVideoRecord(InputRecord r) throws IOException {
        Json.writeAtomically(videoRecord(r.id()), r);
    }
}
