package dev.clipsift.run;

import dev.clipsift.io.Json;
import dev.clipsift.store.LockHolder;
import dev.clipsift.store.OutputInUse;
import dev.clipsift.store.OutputStore;
import dev.clipsift.store.S3Lease;
import dev.clipsift.store.S3OutputStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One writer per part of a run output: a run holds the lock of its {@link VideoSelection} ({@code all} for a
 * whole run, {@code shard-I-of-N} for a shard) while it works, so a second run of the same part into the same
 * output stops with {@link OutputInUse}, while other parts go on side by side. In a local output it is an OS
 * lock ({@link FileChannel#tryLock}) on {@code locks/<part>.lock}, released by the OS when the process dies
 * however it dies; the file holds the holder for the message. In an S3 output it is an {@link S3Lease} on
 * {@code locks/<part>.json}.
 */
final class RunLock implements AutoCloseable {
    private static final String FOLDER = "locks";

    private final @Nullable FileChannel channel;
    private final @Nullable S3Lease lease;

    private RunLock(@Nullable FileChannel channel, @Nullable S3Lease lease) {
        this.channel = channel;
        this.lease = lease;
    }

    /** Locks {@code part} of the output ({@code folder}, or {@code remote} when the folder stages it). */
    static RunLock acquire(
            RunFolder folder,
            @Nullable OutputStore remote,
            VideoSelection part,
            String output,
            Consumer<String> warnings)
            throws IOException {
        if (remote instanceof S3OutputStore s3) {
            return new RunLock(
                    null, s3.lease(FOLDER + "/" + part.name() + ".json", part.name(), S3Lease.TTL, warnings));
        }
        Files.createDirectories(folder.locks());
        FileChannel ch = FileChannel.open(
                folder.locks().resolve(part.name() + ".lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        if (tryLock(ch) == null) {
            LockHolder holder = holder(ch);
            ch.close();
            throw new OutputInUse(output, part.name(), holder);
        }
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(Json.write(LockHolder.self(0)).getBytes(StandardCharsets.UTF_8)), 0);
        ch.force(true);
        return new RunLock(ch, null);
    }

    /** The parts of the output that a live run holds now, by part name, with their holders. */
    static Map<String, LockHolder> held(RunFolder folder, @Nullable OutputStore remote) throws IOException {
        if (remote instanceof S3OutputStore s3) {
            return s3.leases(FOLDER);
        }
        Map<String, LockHolder> live = new TreeMap<>();
        if (!Files.isDirectory(folder.locks())) {
            return live;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder.locks(), "*.lock")) {
            for (Path p : ds) {
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    FileLock lock = tryLock(ch);
                    if (lock == null) {
                        live.put(p.getFileName().toString().replaceFirst("\\.lock$", ""), holder(ch));
                    } else {
                        lock.release();
                    }
                }
            }
        }
        return live;
    }

    /** The lock, or null when another process (or another run in this one) holds it. */
    private static @Nullable FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The holder written in a lock file; unknown when it is being written right now. */
    private static LockHolder holder(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(ch.size(), 4096));
        ch.read(buf, 0);
        try {
            return Json.read(new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8), LockHolder.class);
        } catch (RuntimeException e) {
            return new LockHolder(0, "unknown", "unknown", 0);
        }
    }

    @Override
    public void close() throws IOException {
        if (lease != null) {
            lease.close();
        }
        if (channel != null) {
            channel.close();
        }
    }
}
