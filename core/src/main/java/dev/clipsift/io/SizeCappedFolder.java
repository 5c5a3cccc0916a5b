package dev.clipsift.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A cache folder kept under a total size, least recently used first out. A file's mtime says when it was last
 * used: {@link #used} sets it to now on every read. {@link #added} counts a newly written file; when the total
 * goes over the limit the oldest files are deleted until it fits again, never the file just written. The folder
 * is walked once, on the first write, and a running total is kept after that; each eviction walks it again, so
 * files other processes sharing the folder wrote or deleted are counted right. Only the files {@code suffix}
 * names are cache entries (hidden temp files being written are neither counted nor deleted).
 */
public final class SizeCappedFolder {
    private final Path dir;
    private final String suffix;
    private final long limitBytes;
    private long total = -1;

    /** @param limitBytes the most the entries may hold together; positive */
    public SizeCappedFolder(Path dir, String suffix, long limitBytes) {
        if (limitBytes <= 0) {
            throw new IllegalArgumentException("a cache size limit must be positive, not " + limitBytes);
        }
        this.dir = dir;
        this.suffix = suffix;
        this.limitBytes = limitBytes;
    }

    /** Reads a size limit in MiB from an environment variable, or gives {@code defaultMb} when it is unset. */
    public static long limitFromEnv(String variable, long defaultMb) {
        return limit(variable, System.getenv(variable), defaultMb);
    }

    /** A size limit in bytes from {@code value} MiB (as {@code variable} holds it), or {@code defaultMb} MiB when blank. */
    static long limit(String variable, String value, long defaultMb) {
        if (value == null || value.isBlank()) {
            return defaultMb << 20;
        }
        try {
            long mb = Long.parseLong(value.trim());
            if (mb > 0) {
                return mb << 20;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(variable + " must be a positive number of MiB, not \"" + value + "\"");
    }

    public long limitBytes() {
        return limitBytes;
    }

    /** Marks {@code file} as just used, so it is evicted last; a file gone meanwhile is no error. */
    public void used(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // another process evicted it, or the folder is read-only: the next read simply misses
        }
    }

    /** Counts {@code file}, just written, and deletes the least recently used others while over the limit. */
    public synchronized void added(Path file) throws IOException {
        if (total < 0) {
            total = entries().stream().mapToLong(Entry::size).sum();
        } else {
            total += Files.size(file);
        }
        if (total > limitBytes) {
            evict(file.toAbsolutePath().normalize());
        }
    }

    private void evict(Path keep) throws IOException {
        List<Entry> all = entries();
        total = all.stream().mapToLong(Entry::size).sum();
        all.sort(Comparator.comparing(Entry::lastUsed));
        for (Entry e : all) {
            if (total <= limitBytes) {
                break;
            }
            if (!e.path().equals(keep)) {
                Files.deleteIfExists(e.path());
                total -= e.size();
            }
        }
    }

    /** The total size of the entries counted now (-1 before the first write). */
    public synchronized long total() {
        return total;
    }

    private record Entry(Path path, long size, FileTime lastUsed) {}

    private List<Entry> entries() throws IOException {
        if (!Files.isDirectory(dir)) {
            return new ArrayList<>();
        }
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String name = p.getFileName().toString();
                if (!name.endsWith(suffix) || name.startsWith(".")) {
                    continue;
                }
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        out.add(new Entry(p.toAbsolutePath().normalize(), a.size(), a.lastModifiedTime()));
                    }
                } catch (NoSuchFileException gone) {
                    // deleted by another process while walking
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }
}
