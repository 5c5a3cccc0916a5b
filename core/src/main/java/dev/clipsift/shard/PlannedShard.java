package dev.clipsift.shard;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** One tar of the layout: its name under the shard output and its samples, in order. */
record PlannedShard(String name, List<Sample> samples) {
    PlannedShard {
        samples = List.copyOf(samples);
    }

    /** The tar's size: every sample's members and the end blocks. */
    long bytes() {
        return samples.stream().mapToLong(Sample::tarBytes).sum() + UstarWriter.endBytes();
    }

    /** Where each sample's first header lies in the tar. */
    List<Long> offsets() {
        List<Long> out = new ArrayList<>();
        long at = 0;
        for (Sample s : samples) {
            out.add(at);
            at += s.tarBytes();
        }
        return out;
    }

    /**
     * A digest of what the tar holds: each sample's key, video size, json and txt (the clip record, whose stage
     * marks say how its video was made). Equal digests, equal tars: an unchanged tar is not written again.
     */
    String fingerprint() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (Sample s : samples) {
                d.update(s.key().getBytes(StandardCharsets.UTF_8));
                d.update(ByteBuffer.allocate(8).putLong(s.mp4Bytes()).array());
                d.update(ByteBuffer.allocate(8)
                        .putInt(s.json().length)
                        .putInt(s.txt().length)
                        .array());
                d.update(s.json());
                d.update(s.txt());
            }
            return HexFormat.of().formatHex(d.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the tar to {@code file} (emptied first): per sample {@code <key>.mp4} (from {@code videos}, by key),
     * {@code <key>.json} and {@code <key>.txt}, one after the other.
     */
    void writeTo(Path file, Map<String, Path> videos) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            UstarWriter tar = new UstarWriter(out);
            for (Sample s : samples) {
                tar.add(s.key() + ".mp4", videos.get(s.key()), s.mp4Bytes());
                tar.add(s.key() + ".json", s.json());
                tar.add(s.key() + ".txt", s.txt());
            }
            tar.finish();
            if (tar.position() != bytes()) {
                throw new IOException(name + ": wrote " + tar.position() + " bytes, planned " + bytes());
            }
        }
    }
}
