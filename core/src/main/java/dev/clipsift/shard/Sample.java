package dev.clipsift.shard;

/**
 * One clip as a WebDataset sample: its key (the clip id), its bin, the size of its video as its record gives it,
 * and the bytes of its {@code json} (the clip record) and {@code txt} (the chosen caption, empty when none).
 */
record Sample(String key, String bin, long mp4Bytes, byte[] json, byte[] txt) {
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
