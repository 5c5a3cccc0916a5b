package dev.clipsift.shard;

import dev.clipsift.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A local shard output: {@code resolve} maps a name to its file (under the run folder through
 * {@link dev.clipsift.engine.RunRecords#file}, or under a folder of the user's); temp files are siblings, renamed
 * over the target.
 */
final class LocalShardTarget implements ShardTarget {
    /** Maps a name to its file, its folders created. */
    interface Resolver {
        Path resolve(String name) throws IOException;
    }

    private final String location;
    private final Resolver resolver;

    LocalShardTarget(String location, Resolver resolver) {
        this.location = location;
        this.resolver = resolver;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public Path temp(String name) throws IOException {
        return AtomicFiles.tempFor(resolver.resolve(name));
    }

    @Override
    public void commit(Path temp, String name) throws IOException {
        AtomicFiles.commit(temp, resolver.resolve(name));
    }

    @Override
    public boolean holds(String name, long bytes) throws IOException {
        Path file = resolver.resolve(name);
        return Files.isRegularFile(file) && Files.size(file) == bytes;
    }

    @Override
    public byte @Nullable [] read(String name) throws IOException {
        Path file = resolver.resolve(name);
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }

    @Override
    public void delete(String name) throws IOException {
        Files.deleteIfExists(resolver.resolve(name));
    }

    @Override
    public void close() {}
}
