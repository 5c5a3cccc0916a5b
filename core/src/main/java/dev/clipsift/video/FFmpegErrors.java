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
            // getString() reads the whole 256-byte buffer (its limit), past the message's terminating NUL
            String text = buf.getString();
            int end = text.indexOf('\0');
            text = (end >= 0 ? text.substring(0, end) : text).trim();
            return text.isEmpty() ? "FFmpeg error " + code : text;
        }
    }
}
