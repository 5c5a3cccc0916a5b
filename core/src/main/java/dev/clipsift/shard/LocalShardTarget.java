package dev.clipsift.shard;

import dev.clipsift.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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

    private final Path root;
    private final Resolver resolver;

    /** A target on folder {@code root}; {@code resolver} maps names to files under it. */
    LocalShardTarget(Path root, Resolver resolver) {
        this.root = root.normalize();
        this.resolver = resolver;
    }

    @Override
    public String location() {
        return root.toString();
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

    /** Removes {@code name} and the folders it leaves empty (a bin no longer produced). */
    @Override
    public void delete(String name) throws IOException {
        Path file = resolver.resolve(name);
        Files.deleteIfExists(file);
        for (Path dir = file.getParent();
                dir.startsWith(root) && !dir.equals(root) && isEmpty(dir);
                dir = dir.getParent()) {
            Files.delete(dir);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> in = Files.list(dir)) {
            return in.findAny().isEmpty();
        }
    }

    @Override
    public void close() {}
}
