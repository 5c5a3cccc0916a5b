package dev.clipsift.transcode;

import dev.clipsift.TestVideos;
import dev.clipsift.video.FrameReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Test videos with black bars: a textured picture put in a larger black frame (letterbox, pillarbox), dark
 * low-light scenes, fades from black; and the mean luma of a decoded picture's rows and columns.
 */
public final class BarVideos {
    private BarVideos() {}

    /** Where the picture lies in the frame: {@code x, y, w, h}; the rest is black. */
    public record Window(int x, int y, int w, int h) {
        public static Window full(int width, int height) {
            return new Window(0, 0, width, height);
        }
    }

    /** Paints frame {@code i} of a video into a frame; {@code window} says where its picture goes. */
    public interface Scene {
        Window window(int i);

        /** Brightness factor of frame {@code i} (1 = full; 0 = black, for fades). */
        default double level(int i) {
            return 1;
        }
    }

    /** A 25 fps video of {@code frames} frames, a textured moving picture inside the scene's windows. */
    public static Path write(Path file, int width, int height, int frames, Scene scene) throws IOException {
        return TestVideos.video(width, height, 25, frames).bitrate(2_000_000).write(file, (i, bgr, w, h) -> {
            Window win = scene.window(i);
            double level = scene.level(i);
            java.util.Arrays.fill(bgr, (byte) 0);
            for (int y = win.y(); y < win.y() + win.h(); y++) {
                for (int x = win.x(); x < win.x() + win.w(); x++) {
                    int o = (y * w + x) * 3;
                    int u = x - win.x();
                    int v = y - win.y();
                    bgr[o] = (byte) (level * (70 + (u * 2 + i * 3) % 120));
                    bgr[o + 1] = (byte) (level * (90 + ((u / 8 + v / 8 + i) % 4) * 30));
                    bgr[o + 2] = (byte) (level * (80 + (v * 3) % 110));
                }
            }
        });
    }

    /** A low-light scene without bars: dim blotches and sensor noise, mean luma about 25. */
    public static Path dark(Path file, int width, int height, int frames) throws IOException {
        SplittableRandom noise = new SplittableRandom(7);
        return TestVideos.video(width, height, 25, frames).bitrate(2_000_000).write(file, (i, bgr, w, h) -> {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double blotch = 8 * Math.sin((x + i) / 23.0) * Math.cos(y / 17.0);
                    int v = (int) Math.max(0, Math.min(255, 24 + blotch + noise.nextInt(-10, 11)));
                    int o = (y * w + x) * 3;
                    bgr[o] = (byte) (v + 4);
                    bgr[o + 1] = (byte) v;
                    bgr[o + 2] = (byte) Math.max(0, v - 4);
                }
            }
        });
    }

    /** Mean luma of each row (or, with {@code columns}, each column) of every decoded picture of {@code file}. */
    public static List<double[]> lineMeans(Path file, boolean columns) throws IOException {
        List<double[]> out = new ArrayList<>();
        try (FrameReader r = FrameReader.open(file, FrameReader.Options.bgr())) {
            FrameReader.Picture p = new FrameReader.Picture();
            while (r.next(p)) {
                out.add(lineMeans(p.data, p.width, p.height, columns));
            }
        }
        return out;
    }

    /** Mean luma of each row or column of a packed BGR picture with unpadded rows. */
    public static double[] lineMeans(byte[] bgr, int width, int height, boolean columns) {
        double[] sums = new double[columns ? width : height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int o = (y * width + x) * 3;
                double luma = 0.114 * (bgr[o] & 0xff) + 0.587 * (bgr[o + 1] & 0xff) + 0.299 * (bgr[o + 2] & 0xff);
                sums[columns ? x : y] += luma;
            }
        }
        for (int k = 0; k < sums.length; k++) {
            sums[k] /= columns ? height : width;
        }
        return sums;
    }
}
