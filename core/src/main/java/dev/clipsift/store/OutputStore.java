package dev.clipsift.store;

import dev.clipsift.source.S3Clients;
import dev.clipsift.source.S3Location;
import dev.clipsift.source.S3Settings;
import java.nio.file.Path;
import java.util.List;

/**
 * Where results are written: a local folder or an S3 prefix ({@code s3://bucket/prefix}). The write side
 * of {@code Source}. Names are relative, '/'-separated, and made safe first: no name can reach outside the
 * folder or prefix. Writes are all-or-nothing per file (temp + rename locally, a single or completed
 * multipart upload on S3).
 */
public sealed interface OutputStore extends AutoCloseable permits LocalOutputStore, S3OutputStore {

    /** The store as shown: a folder path or {@code s3://bucket/prefix/}. */
    String location();

    /** Writes {@code file} as {@code name} under the store; returns where it went, as shown. */
    String put(Path file, String name);

    /** Writes every file under {@code dir}, keeping relative paths, under {@code prefix} (may be empty). */
    PutReport putTree(Path dir, String prefix);

    /** The names of the files directly under {@code folder} (relative to the store, e.g. {@code videos/a.json}), sorted. */
    List<String> names(String folder);

    /**
     * Copies the file {@code name} to {@code target} (atomically); false when the store has no such file.
     */
    boolean get(String name, Path target);

    /** Removes the file {@code name} from the store; nothing happens when there is none. */
    void delete(String name);

    @Override
    void close();

    /**
     * Opens {@code spec}: {@code s3://bucket/prefix} (with its own S3 clients for {@code s3}, closed with the
     * store) or a local folder (created if missing).
     */
    static OutputStore open(String spec, S3Settings s3) {
        if (S3Location.isS3(spec)) {
            return new S3OutputStore(new S3Clients(s3), S3Location.parse(spec), true);
        }
        return new LocalOutputStore(Path.of(spec));
    }
}
