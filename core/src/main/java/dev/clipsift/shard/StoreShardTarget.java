package dev.clipsift.shard;

import dev.clipsift.store.OutputStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A shard output on an {@link OutputStore} (an S3 prefix): each file is written to a local staging folder,
 * uploaded in one piece (a single or completed multipart upload: readers see the old object or the new one) and
 * removed, so the staging folder holds one tar at a time. The store and the staging folder are closed with it.
 */
final class StoreShardTarget implements ShardTarget {
    private final OutputStore store;
    private final Path staging;

    StoreShardTarget(OutputStore store, Path staging) {
        this.store = store;
        this.staging = staging;
    }

    @Override
    public String location() {
        return store.location();
    }

    @Override
    public Path temp(String name) throws IOException {
        return Files.createTempFile(staging, "shard-", ".part");
    }

    @Override
    public void commit(Path temp, String name) throws IOException {
        try {
            store.put(temp, name);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public boolean holds(String name, long bytes) {
        return true;
    }

    @Override
    public byte @Nullable [] read(String name) throws IOException {
        Path tmp = staging.resolve("read.part");
        try {
            return store.get(name, tmp) ? Files.readAllBytes(tmp) : null;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public void delete(String name) {
        store.delete(name);
    }

    @Override
    public void close() throws IOException {
        store.close();
        try (Stream<Path> left = Files.walk(staging)) {
            for (Path p : (Iterable<Path>) left.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
