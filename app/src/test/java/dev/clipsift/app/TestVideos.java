package dev.clipsift.app;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import dev.clipsift.video.FFmpegLog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/** Real, small videos made at test time with JavaCV (160x90, 1 s, a moving bar on a colour per file). */
public final class TestVideos {
    public static final int WIDTH = 160;
    public static final int HEIGHT = 90;
    public static final int FPS = 25;

    static {
        FFmpegLog.quiet();
    }

    private TestVideos() {}

    /** Writes {@code count} videos named clip-00.mp4, clip-01.mp4, ... into {@code dir}. */
    public static List<Path> generate(Path dir, int count) throws IOException {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path p = dir.resolve(String.format("clip-%02d.mp4", i));
            write(p, i);
            out.add(p);
        }
        return out;
    }

    /** A file with a video name and random bytes in it. */
    public static Path broken(Path dir, String name) throws IOException {
        byte[] junk = new byte[8192];
        new Random(name.hashCode()).nextBytes(junk);
        return Files.write(dir.resolve(name), junk);
    }

    private static void write(Path p, int hue) throws IOException {
        try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(p.toFile(), WIDTH, HEIGHT, 0)) {
            rec.setFormat("mp4");
            rec.setVideoCodec(AV_CODEC_ID_MPEG4);
            rec.setPixelFormat(AV_PIX_FMT_YUV420P);
            rec.setFrameRate(FPS);
            rec.setVideoBitrate(200_000);
            rec.start();
            byte[] bgr = new byte[WIDTH * HEIGHT * 3];
            for (int f = 0; f < FPS; f++) {
                for (int y = 0; y < HEIGHT; y++) {
                    for (int x = 0; x < WIDTH; x++) {
                        boolean bar = Math.abs(x - f * WIDTH / FPS) < 8;
                        int o = (y * WIDTH + x) * 3;
                        bgr[o] = (byte) (bar ? 255 : (hue * 53) % 256);
                        bgr[o + 1] = (byte) (bar ? 255 : (hue * 97 + 80) % 256);
                        bgr[o + 2] = (byte) (bar ? 255 : (hue * 151 + 160) % 256);
                    }
                }
                rec.recordImage(WIDTH, HEIGHT, Frame.DEPTH_UBYTE, 3, WIDTH * 3, AV_PIX_FMT_BGR24, ByteBuffer.wrap(bgr));
            }
            rec.stop();
        }
    }
}
