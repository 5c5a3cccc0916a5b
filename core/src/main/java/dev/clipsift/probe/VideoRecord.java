package dev.clipsift.probe;

/**
 * What probing one file found. {@code ok} false means the file is not a playable video and {@code error}
 * says why in one line; the other fields are then absent. Field names are the JSON contract of
 * {@code clipsift probe --json} (snake_case).
 */
public record VideoRecord(
        String path,
        boolean ok,
        String error,
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

    public static VideoRecord failed(String path, Long size, Long mtimeMs, String error) {
        return new VideoRecord(path, false, error, size, mtimeMs, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
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
