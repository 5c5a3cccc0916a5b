package dev.clipsift.shard;

import dev.clipsift.TestVideos;
import dev.clipsift.engine.RunRecords;
import dev.clipsift.io.Json;
import dev.clipsift.model.Caption;
import dev.clipsift.model.Captions;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.MediaInfo;
import dev.clipsift.model.Scores;
import dev.clipsift.model.SourceRef;
import dev.clipsift.model.Span;
import dev.clipsift.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run folder made by hand for the shard pass's tests: clip records in {@code clips/<id>.json} beside real
 * (generated) clip videos, seen through {@link RunRecords} the way the run shows it to a pass.
 */
final class TempRun implements RunRecords {
    private final Path root;
    private final List<String> ids = new ArrayList<>();
    int writes;
    final List<String> videoLookups = new ArrayList<>();

    TempRun(Path root) throws IOException {
        this.root = Files.createDirectories(root);
        Files.createDirectories(root.resolve("clips"));
    }

    /**
     * Adds clip {@code id}: a generated {@code width x height} video of {@code frames} frames, a record that
     * describes it, a score, and captions {@code captions} (each "vN=text", "vN!" for a failed version).
     */
    ClipRecord add(String id, int width, int height, int frames, Status status, String... captions) throws IOException {
        Path mp4 = TestVideos.mp4(root.resolve("clips").resolve(id + ".mp4"), width, height, 10, frames);
        MediaInfo media = new MediaInfo(
                width,
                height,
                10.0,
                (long) frames,
                frames / 10.0,
                "h264",
                "yuv420p",
                "libopenh264",
                null,
                Files.size(mp4));
        List<Caption> versions = new ArrayList<>();
        for (String c : captions) {
            String version = c.substring(0, 2);
            versions.add(
                    c.endsWith("!")
                            ? new Caption(version, Caption.State.FAILED, null, "m", "p", null, null, null)
                            : new Caption(version, Caption.State.OK, c.substring(3), "m", "p", null, null, null));
        }
        ClipRecord clip = ClipRecord.of(
                        id,
                        new SourceRef("in/" + id + ".mp4", "video-" + id, width, height, 10.0),
                        Span.ofFrames(0, frames - 1, 10),
                        null)
                .withMedia(media)
                .withScores(Scores.NONE.with("motion_global_mean", ids.size() / 100.0))
                .withCaptions(new Captions(versions))
                .withStatus(status);
        write(clip);
        writes = 0;
        ids.add(id);
        return clip;
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public List<String> clipIds() {
        return List.copyOf(ids);
    }

    @Override
    public ClipRecord clip(String id) throws IOException {
        return Json.read(Files.readString(clipFile(id, "json")), ClipRecord.class);
    }

    @Override
    public void write(ClipRecord clip) throws IOException {
        Files.writeString(clipFile(clip.id(), "json"), Json.write(clip));
        writes++;
    }

    @Override
    public Path clipFile(String id, String ext) {
        if (ext.equals("mp4")) {
            videoLookups.add(id);
        }
        return root.resolve("clips").resolve(id + "." + ext);
    }

    @Override
    public Path file(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return file;
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    @Override
    public void progress(long done, long total) {}
}
