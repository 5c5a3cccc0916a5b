package dev.clipsift.video;

import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import org.bytedeco.javacpp.BytePointer;

/** FFmpeg's error codes as the words people read. */
public final class FFmpegErrors {
    private FFmpegErrors() {}

    public static String describe(int code) {
        try (BytePointer buf = new BytePointer(256)) {
            if (av_strerror(code, buf, buf.capacity()) < 0) {
                return "FFmpeg error " + code;
            }
            buf.limit(BytePointer.strlen(buf)); // the buffer is 256 bytes: read up to the NUL only
            String text = buf.getString().trim();
            return text.isEmpty() ? "FFmpeg error " + code : text;
        }
    }
}
