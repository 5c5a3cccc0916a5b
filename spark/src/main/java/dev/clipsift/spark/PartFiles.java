package dev.clipsift.spark;

import dev.clipsift.cli.RunArguments;
import dev.clipsift.store.OutputStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * How an executor reaches the run's embedding parts ({@code embeddings/<model>/<part>.f16}): in the output folder
 * itself (a filesystem every executor mounts), or, for an {@code s3://} output, downloaded from the store once per
 * executor JVM into a local temporary folder (the driver's embeddings pass has uploaded them).
 */
final class PartFiles implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, Path> DOWNLOADED = new ConcurrentHashMap<>();

    private final @Nullable String root;
    private final String[] args;

    private PartFiles(@Nullable String root, String[] args) {
        this.root = root;
        this.args = args.clone();
    }

    /** Parts read from the output folder {@code root}. */
    static PartFiles shared(Path root) {
        return new PartFiles(root.toAbsolutePath().toString(), new String[0]);
    }

    /** Parts fetched from the store of the job's {@code s3://} output ({@code args}: the job's run flags). */
    static PartFiles fromStore(String[] args) {
        return new PartFiles(null, args);
    }

    /** The local copy of the run's file {@code name} (relative to the run folder). */
    Path local(String name) throws IOException {
        if (root != null) {
            return Path.of(root).resolve(name);
        }
        try {
            return DOWNLOADED.computeIfAbsent(String.join("\u0000", args) + "\u0000" + name, k -> download(name));
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private Path download(String name) {
        RunArguments a = RunArguments.parse(new PrintWriter(Writer.nullWriter()), args);
        try (OutputStore store = a == null ? null : a.store()) {
            if (store == null) {
                throw new IllegalStateException("no s3:// output in the job's flags");
            }
            Path dir = Files.createTempDirectory("clipsift-parts");
            Path file = dir.resolve(Path.of(name).getFileName().toString());
            if (!store.get(name, file)) {
                throw new IllegalStateException(store.location() + name + " is missing");
            }
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot fetch " + name + ": " + e.getMessage(), e);
        }
    }
}
