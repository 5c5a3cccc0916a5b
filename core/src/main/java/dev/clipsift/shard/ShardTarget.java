package dev.clipsift.shard;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where the shard files go, by name relative to the shard output ({@code 16x9_720p/part_000000/000000.tar},
 * {@code manifest.parquet}): a file is written to a temp file first and then committed, so a reader never sees
 * half of one.
 */
interface ShardTarget extends AutoCloseable {
    /** The output as shown: a folder or {@code s3://bucket/prefix/}. */
    String location();

    /** A new empty temp file to write {@code name} into. */
    Path temp(String name) throws IOException;

    /** Makes the fully written {@code temp} the file {@code name} (renamed, or uploaded and removed). */
    void commit(Path temp, String name) throws IOException;

    /** Whether the output holds {@code name} with {@code bytes} bytes (an S3 output is trusted by its index). */
    boolean holds(String name, long bytes) throws IOException;

    /** The bytes of {@code name}, or null when there is none. */
    byte @Nullable [] read(String name) throws IOException;

    /** Removes {@code name}; nothing happens when there is none. */
    void delete(String name) throws IOException;

    @Override
    void close() throws IOException;
}
