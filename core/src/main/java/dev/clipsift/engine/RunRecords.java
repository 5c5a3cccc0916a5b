package dev.clipsift.engine;

import dev.clipsift.model.ClipRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** What a {@link RunPass} sees of the run folder: its clip records, and a place for the files it writes. */
public interface RunRecords {
    /** The run folder (the local staging copy when the output is remote). */
    Path root();

    /** Every clip with a record, by video id and then in the order of the video's clips. */
    List<String> clipIds() throws IOException;

    ClipRecord clip(String id) throws IOException;

    /**
     * Replaces a clip's record (atomically: temp + rename). The run recounts each video's clips by status after
     * the passes, and uploads what changed when the output is remote.
     */
    void write(ClipRecord clip) throws IOException;

    /** The path of a clip's file {@code clips/<id>.<ext>} (its video is {@code mp4}). */
    Path clipFile(String id, String ext);

    /**
     * A file of the pass's own under the run folder ({@code "dedup/report.json"}), its folders created; the run
     * uploads it after the pass when the output is remote. Write it atomically (temp + rename).
     */
    Path file(String relative) throws IOException;

    /** True once the run is cancelled: stop between items (throw {@link java.util.concurrent.CancellationException}). */
    boolean cancelled();

    /** Progress of the pass: {@code done} of {@code total} items (shown like a stage's progress). */
    void progress(long done, long total);
}
