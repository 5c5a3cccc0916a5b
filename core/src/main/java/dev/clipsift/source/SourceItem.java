package dev.clipsift.source;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One video a {@link Source} lists. {@code path} is what people and records see ({@code /data/a.mp4},
 * {@code s3://bucket/key}, or a URL with credentials removed); {@code location} is what the source itself
 * needs to read it (a file path, an S3 key, the full URL) and is never written out. Size and mtime are null
 * when the listing does not know them.
 */
public record SourceItem(String path, Long sizeBytes, Long mtimeMs, @JsonIgnore String location) {

    public SourceItem withSize(Long size, Long mtime) {
        return new SourceItem(path, size, mtime, location);
    }

    /** Only the shown path: a presigned URL's signature must not end up in a log line. */
    @Override
    public String toString() {
        return path;
    }
}
