package dev.clipsift.source;

/** A bucket and a key (or key prefix), parsed from and shown as {@code s3://bucket/key}. */
public record S3Location(String bucket, String key) {
    public static final String SCHEME = "s3://";

    public S3Location {
        if (bucket == null || bucket.isEmpty()) {
            throw new IllegalArgumentException("an S3 location needs a bucket: s3://BUCKET/prefix");
        }
        key = key == null ? "" : key;
    }

    public static boolean isS3(String spec) {
        return spec.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** Parses {@code s3://bucket[/key]}. */
    public static S3Location parse(String spec) {
        if (!isS3(spec)) {
            throw new IllegalArgumentException("not an s3:// location: " + spec);
        }
        String rest = spec.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        return slash < 0
                ? new S3Location(rest, "")
                : new S3Location(rest.substring(0, slash), rest.substring(slash + 1));
    }

    @Override
    public String toString() {
        return SCHEME + bucket + "/" + key;
    }
}
