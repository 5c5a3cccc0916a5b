package dev.clipsift.shard;

import java.nio.file.Path;

/**
 * One clip as a WebDataset sample: its key, its bin, its video file and size as found
 * and the bytes of its {@code json} (the clip record) and {@code txt} (the chosen caption, empty when none).
 */
record Sample(String key, String bin, Path mp4, long mp4Bytes, byte[] json, byte[] txt) {
    Sample {
        if (key.isEmpty() || key.contains(".") || key.contains("/")) {
            throw new IllegalArgumentException("a sample key holds no '.' or '/': " + key);
        }
    }

    /** The bytes the sample takes in a tar: three members. */
    long tarBytes() {
        return UstarWriter.memberBytes(mp4Bytes)
                + UstarWriter.memberBytes(json.length)
                + UstarWriter.memberBytes(txt.length);
    }
}
