package dev.clipsift.app;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;

import dev.clipsift.TestVideos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The folders the app's tests open: small MPEG-4 videos (160x90, 1 s at 25 fps, a white bar moving across a
 * colour of its own per file), written with core's {@link TestVideos}, and broken files.
 */
public final class GeneratedVideos {
    public static final int WIDTH = 160;
    public static final int HEIGHT = 90;
    public static final int FPS = 25;

    private GeneratedVideos() {}

    /** Writes {@code count} videos named clip-00.mp4, clip-01.mp4, ... into {@code dir}. */
    public static List<Path> generate(Path dir, int count) throws IOException {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(movingBar(dir.resolve(String.format("clip-%02d.mp4", i)), i));
        }
        return out;
    }

    /** A file with a video name and random bytes in it. */
    public static Path broken(Path dir, String name) throws IOException {
        byte[] junk = new byte[8192];
        new Random(name.hashCode()).nextBytes(junk);
        return Files.write(dir.resolve(name), junk);
    }

    private static Path movingBar(Path file, int hue) throws IOException {
        return TestVideos.video(WIDTH, HEIGHT, FPS, FPS)
                .codec(AV_CODEC_ID_MPEG4)
                .bitrate(200_000)
                .write(file, (f, bgr, w, h) -> {
                    for (int y = 0; y < h; y++) {
                        for (int x = 0; x < w; x++) {
                            boolean bar = Math.abs(x - f * w / FPS) < 8;
                            int o = (y * w + x) * 3;
                            bgr[o] = (byte) (bar ? 255 : (hue * 53) % 256);
                            bgr[o + 1] = (byte) (bar ? 255 : (hue * 97 + 80) % 256);
                            bgr[o + 2] = (byte) (bar ? 255 : (hue * 151 + 160) % 256);
                        }
                    }
                });
    }
}
