package dev.clipsift.source;

import dev.clipsift.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.UUID;

/**
 * Complete local copies of remote videos, under one folder. A copy is only ever written to a hidden temp
 * file beside its final name and renamed once complete, so a download cut short never looks cached. A copy
 * is fresh while its size and modification time match the remote object's.
 */
public final class DownloadCache {
    private final Path root;

    public DownloadCache(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Where the copy of {@code name} within {@code namespace} lives; always inside the cache folder. */
    public Path target(String namespace, String name) {
        return SafePaths.resolve(root, SafePaths.relative(namespace) + "/" + name);
    }

    /**
     * True when {@code target} exists with the given size and mtime. An unknown value is not checked, but
     * with neither known nothing proves the copy current, so it is not fresh.
     */
    public boolean fresh(Path target, Long size, Long mtimeMs) {
        try {
            if (size == null && mtimeMs == null || !Files.isRegularFile(target)) {
                return false;
            }
            boolean sizeOk = size == null || Files.size(target) == size;
            boolean timeOk =
                    mtimeMs == null || Files.getLastModifiedTime(target).toMillis() == mtimeMs;
            return sizeOk && timeOk;
        } catch (IOException e) {
            return false;
        }
    }

    /** A temp path beside {@code target}, not yet created (downloaders create it themselves). */
    public Path tempFor(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
    }

    /** Makes a fully downloaded temp file the cached copy, stamped with the remote mtime. */
    public void commit(Path tmp, Path target, Long mtimeMs) throws IOException {
        if (mtimeMs != null) {
            Files.setLastModifiedTime(tmp, FileTime.fromMillis(mtimeMs));
        }
        AtomicFiles.commit(tmp, target);
    }

    /** Deletes a temp file left by a failed download; never throws. */
    public static void discard(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // a stray .part file is harmless: it never counts as a cached copy
        }
    }
}
