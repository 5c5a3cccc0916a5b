package dev.clipsift.run;

import dev.clipsift.io.Json;
import dev.clipsift.model.InputRecord;
import dev.clipsift.pipeline.OneLine;
import dev.clipsift.source.SourceException;
import dev.clipsift.store.OutputStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishes a run folder (the local staging copy) to an {@link OutputStore} such as an S3 prefix, video by
 * video. A video goes up as its clips ({@code .mp4} + {@code .json}) and then {@code videos/<id>.json}, so a
 * video record in the store means the whole video is there; the local clip files are then deleted (the
 * records stay, for the summary). Before a session the store's state is read back: video records the folder
 * lacks are fetched with their clip records (so those videos count as done and are not redone, even from an
 * empty staging folder), and videos done locally but missing from the store are uploaded.
 */
final class RunUploads {
    private static final String CONFIG = "config.json";
    private static final String SUMMARY = "summary.json";

    private final OutputStore store;
    private final RunFolder folder;
    private final Set<String> uploaded = ConcurrentHashMap.newKeySet();
    private final List<String> artifacts;

    /** @param artifacts the extensions of the files the clip stages write per clip ({@code mp4}, ...) */
    RunUploads(OutputStore store, RunFolder folder, List<String> artifacts) {
        this.store = store;
        this.folder = folder;
        this.artifacts = List.copyOf(artifacts);
    }

    String location() {
        return store.location();
    }

    /** Fetches the store's {@code config.json} when the folder has none; true when there was one. */
    boolean pullConfig() {
        return !folder.hasConfig() && store.get(CONFIG, folder.config());
    }

    void putConfig() {
        store.put(folder.config(), CONFIG);
    }

    void putSummary() {
        store.put(folder.summary(), SUMMARY);
    }

    /** Uploads a file of the run folder under its path relative to the folder. */
    void put(Path file) {
        store.put(file, name(file));
    }

    /** Fetches a file of the run folder back from the store (a clip file published and removed here); false when the store has none. */
    boolean fetch(Path file) {
        return store.get(name(file), file);
    }

    private String name(Path file) {
        return folder.root().relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /** Uploads again the records of the videos that hold any of {@code clips} (their counts changed). */
    void pushVideosOf(Set<String> clips) throws IOException {
        for (String id : folder.doneIds()) {
            if (folder.readVideoRecord(id).clipIds().stream().anyMatch(clips::contains)) {
                put(folder.videoRecord(id));
            }
        }
    }

    /** Fetches the records of the finished parts of a split run ({@code partitions/*.json}). */
    void pullPartitions() throws IOException {
        java.nio.file.Files.createDirectories(folder.partitions());
        for (String name : store.names("partitions")) {
            if (name.endsWith(".json")) {
                store.get(name, folder.root().resolve(name));
            }
        }
    }

    /** Notes the videos of {@code part} the store holds and fetches the records of those the folder lacks. */
    void pullRecords(VideoSelection part) throws IOException {
        for (String name : store.names("videos")) {
            if (!name.endsWith(".json")) {
                continue;
            }
            String id = name.substring(name.lastIndexOf('/') + 1, name.length() - ".json".length());
            if (!part.includes(id)) {
                continue;
            }
            if (folder.isDone(id) || pullVideo(name, id)) {
                uploaded.add(id);
            }
        }
    }

    private boolean pullVideo(String name, String id) throws IOException {
        Path tmp = folder.root().resolve("." + id + ".json.part");
        try {
            if (!store.get(name, tmp)) {
                return false;
            }
            InputRecord video = Json.read(tmp, InputRecord.class);
            for (String clip : video.clipIds()) {
                if (!store.get("clips/" + clip + ".json", folder.clipRecord(clip))) {
                    return false;
                }
            }
            Files.move(tmp, folder.videoRecord(id), StandardCopyOption.ATOMIC_MOVE);
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Uploads every video done in the folder but not yet in the store; returns one line per video that could
     * not be. A video whose clip files are gone (uploaded once, then removed from the store) loses its local
     * record, so the run does it again.
     */
    List<String> pushPending() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String id : folder.doneIds()) {
            if (uploaded.contains(id)) {
                continue;
            }
            InputRecord video = folder.readVideoRecord(id);
            if (!clipsPresent(video)) {
                Files.deleteIfExists(folder.videoRecord(id));
                continue;
            }
            try {
                push(video);
            } catch (SourceException e) {
                failures.add(video.sourceVideo() + ": " + OneLine.of(e));
            }
        }
        return failures;
    }

    private boolean clipsPresent(InputRecord video) throws IOException {
        for (String clip : video.clipIds()) {
            if (!Files.isRegularFile(folder.clipRecord(clip))
                    || folder.readClipRecord(clip).valid() && !Files.isRegularFile(folder.clipVideo(clip))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Uploads one finished video: each clip's artifacts (those here: ones uploaded by an earlier session are
     * gone locally) and record, then the video's record; then drops the local clip files.
     */
    void push(InputRecord video) throws IOException {
        for (String clip : video.clipIds()) {
            for (String ext : artifacts) {
                Path file = folder.clipArtifact(clip, ext);
                if (Files.isRegularFile(file)) {
                    store.put(file, "clips/" + clip + "." + ext);
                }
            }
            store.put(folder.clipRecord(clip), "clips/" + clip + ".json");
        }
        store.put(folder.videoRecord(video.id()), "videos/" + video.id() + ".json");
        uploaded.add(video.id());
        for (String clip : video.clipIds()) {
            for (String ext : artifacts) {
                Files.deleteIfExists(folder.clipArtifact(clip, ext));
            }
        }
    }
}
