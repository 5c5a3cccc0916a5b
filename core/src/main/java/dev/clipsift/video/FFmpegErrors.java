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
            byte[] bytes = new byte[(int) buf.capacity()];
            buf.get(bytes);
            int len = 0;
            while (len < bytes.length && bytes[len] != 0) {
                len++;
            }
            String text = new String(bytes, 0, len, java.nio.charset.StandardCharsets.UTF_8).trim();
            return text.isEmpty() ? "FFmpeg error " + code : text;
        }
    }
}
