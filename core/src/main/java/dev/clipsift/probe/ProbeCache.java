package dev.clipsift.probe;

import dev.clipsift.io.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Probe results kept across runs, keyed by path + size + mtime: a changed file is probed again. Stored as
 * JSON Lines appended under a file lock (several processes may share it); a line cut short by a kill is
 * ignored when read back.
 */
public final class ProbeCache implements AutoCloseable {
    private final Path file;
    private final Map<String, VideoRecord> entries = new ConcurrentHashMap<>();
    private FileChannel channel;
    private Writer writer;

    private ProbeCache(Path file) {
        this.file = file;
    }

    /** Opens (creating if needed) the cache at {@code file}. */
    public static ProbeCache open(Path file) throws IOException {
        ProbeCache cache = new ProbeCache(file);
        cache.load();
        return cache;
    }

    /** The default location: {@code $CLIPSIFT_CACHE} or {@code $XDG_CACHE_HOME/clipsift} or {@code ~/.cache/clipsift}. */
    public static Path defaultDir() {
        String own = System.getenv("CLIPSIFT_CACHE");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("clipsift");
    }

    public static String key(String path, long size, long mtimeMs) {
        return path + "\u0000" + size + "\u0000" + mtimeMs;
    }

    private void load() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                try {
                    VideoRecord r = Json.read(line, VideoRecord.class);
                    // a failure cached before failures were typed is probed again, to learn its type
                    boolean typed = r.ok() || r.failure() != null;
                    if (typed && r.path() != null && r.sizeBytes() != null && r.mtimeMs() != null) {
                        entries.put(key(r.path(), r.sizeBytes(), r.mtimeMs()), r);
                    }
                } catch (RuntimeException ignored) {
                    // a line cut short by a kill mid-write: that file is probed again
                }
            }
        }
    }

    public VideoRecord get(String path, long size, long mtimeMs) {
        return entries.get(key(path, size, mtimeMs));
    }

    public int size() {
        return entries.size();
    }

    /** Remembers a record that carries its size and mtime; records of unreadable attributes are not kept. */
    public synchronized void put(VideoRecord r) throws IOException {
        if (r.sizeBytes() == null || r.mtimeMs() == null) {
            return;
        }
        entries.put(key(r.path(), r.sizeBytes(), r.mtimeMs()), r);
        if (writer == null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            writer = Channels.newWriter(channel, StandardCharsets.UTF_8);
        }
        String line = Json.writeLine(r) + "\n";
        try (FileLock lock = channel.lock()) {
            writer.write(line);
            writer.flush();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
