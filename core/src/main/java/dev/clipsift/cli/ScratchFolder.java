package dev.clipsift.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The folder a benchmark works in: the one given (created if missing, kept), else a new temporary folder, removed
 * with all it holds when closed.
 */
final class ScratchFolder implements AutoCloseable {
    private final Path path;
    private final boolean temporary;

    private ScratchFolder(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    /** {@code given}, or a temporary folder named from {@code prefix}. */
    static ScratchFolder of(@Nullable Path given, String prefix) throws IOException {
        return given != null
                ? new ScratchFolder(Files.createDirectories(given), false)
                : new ScratchFolder(Files.createTempDirectory(prefix), true);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        if (!temporary) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
