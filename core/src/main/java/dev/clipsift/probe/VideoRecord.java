package dev.clipsift.probe;

import dev.clipsift.pipeline.OneLine;

/**
 * What probing one file found. {@code ok} false means the file is not a playable video: {@code failure} says
 * why as a type (for code; JSON {@code "failure": "truncated"}) and {@code error} in one line for people; the
 * other fields are then absent. {@code failure} is null on success, and on failed records that were not
 * classified (see {@link #failed(String, Long, Long, String)}). Field names are the JSON contract of
 * {@code clipsift probe --json} (snake_case).
 */
public record VideoRecord(
        String path,
        boolean ok,
        String error,
        ProbeFailure failure,
        Long sizeBytes,
        Long mtimeMs,
        String container,
        String codec,
        String pixelFormat,
        Integer width,
        Integer height,
        Integer rotation,
        Double fps,
        String avgFrameRate,
        String nominalFrameRate,
        Double durationS,
        Long frames,
        Boolean framesExact,
        Long bitrate,
        String audioCodec,
        Integer audioChannels,
        Integer audioSampleRate) {

    /** A file that could not be probed, for {@code failure}; {@code error} is cleaned to one readable line. */
    public static VideoRecord failed(String path, Long size, Long mtimeMs, ProbeFailure failure, String error) {
        return new VideoRecord(
                path,
                false,
                OneLine.of(error),
                failure,
                size,
                mtimeMs,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** Width and height as shown, after the display rotation. */
    public int displayWidth() {
        return rotation != null && Math.abs(rotation) % 180 == 90 ? height : width;
    }

    public int displayHeight() {
        return rotation != null && Math.abs(rotation) % 180 == 90 ? width : height;
    }

    public String fileName() {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
