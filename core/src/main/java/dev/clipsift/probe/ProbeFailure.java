package dev.clipsift.probe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Why a file could not be probed, as a type: callers branch on this, never on the wording of
 * {@link VideoRecord#error()}. {@link #key()} is the stable snake_case name written to JSON (the record's
 * {@code failure} field) and used in run records' {@code errors} keys ({@code probe.<key>}).
 */
public enum ProbeFailure {
    /** The file has 0 bytes. */
    EMPTY_FILE("empty_file"),
    /** The file ends early: an MP4 whose {@code moov} atom (its index) is missing or cut short. */
    TRUNCATED("truncated"),
    /** The container opens but holds no video stream (audio only, or nothing). */
    NO_VIDEO_STREAM("no_video_stream"),
    /** Not a file FFmpeg can read as a video (text, random bytes, a corrupt header, not a regular file). */
    UNREADABLE("unreadable"),
    /** A remote object could not be described or fetched (listing, download, repeated network errors). */
    DOWNLOAD_FAILED("download_failed"),
    /** The video's licence does not match the run's {@code --require-license}: skipped before it is downloaded. */
    LICENSE_REFUSED("license_refused");

    private final String key;

    ProbeFailure(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** The key, so that logs and the workbench's detail view show "truncated", not "TRUNCATED". */
    @Override
    public String toString() {
        return key;
    }

    /** The failure whose {@link #key()} is {@code key}. */
    @JsonCreator
    public static ProbeFailure ofKey(String key) {
        return Arrays.stream(values())
                .filter(f -> f.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown probe failure: " + key));
    }
}
