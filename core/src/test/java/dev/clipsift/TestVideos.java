package dev.clipsift;

import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/** Small videos made at test time with FFmpegFrameRecorder. */
public final class TestVideos {
    private TestVideos() {}

    /** A moving-gradient video of {@code frames} frames; {@code codec} and {@code format} as FFmpeg names them. */
    public static Path make(Path file, int width, int height, double fps, int frames, String codec, String format)
            throws IOException {
        try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(file.toFile(), width, height, 0)) {
            rec.setFormat(format);
            rec.setVideoCodecName(codec);
            rec.setFrameRate(fps);
            rec.setPixelFormat(pixelFormatFor(codec));
            rec.start();
            Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
            java.nio.ByteBuffer buf = (java.nio.ByteBuffer) frame.image[0];
            int stride = frame.imageStride;
            for (int i = 0; i < frames; i++) {
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        int o = y * stride + x * 3;
                        buf.put(o, (byte) (x + i * 4));
                        buf.put(o + 1, (byte) (y * 2));
                        buf.put(o + 2, (byte) (i * 8));
                    }
                }
                rec.record(frame, avutil.AV_PIX_FMT_BGR24);
            }
            rec.stop();
        }
        return file;
    }

    private static int pixelFormatFor(String codec) {
        return switch (codec) {
            case "mjpeg" -> avutil.AV_PIX_FMT_YUVJ420P;
            case "ffv1" -> avutil.AV_PIX_FMT_YUV444P;
            default -> avutil.AV_PIX_FMT_YUV420P;
        };
    }

    public static Path mp4(Path file, int width, int height, double fps, int frames) throws IOException {
        return make(file, width, height, fps, frames, "libopenh264", "mp4");
    }
}
