package dev.clipsift.split;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;

import dev.clipsift.TestVideos;
import java.io.IOException;
import java.nio.file.Path;

/** Small split-test videos: every frame painted by a {@link TestVideos.Painter}, MPEG-4 at high quality. */
final class SyntheticVideo {
    private SyntheticVideo() {}

    static Path write(Path file, int width, int height, double fps, int frames, TestVideos.Painter painter)
            throws IOException {
        return TestVideos.video(width, height, fps, frames)
                .codec(AV_CODEC_ID_MPEG4)
                .gop(12)
                .quality(2)
                .write(file, painter);
    }

    /**
     * Shot {@code shot}'s look at frame {@code index} between rows {@code top} and {@code bottom}: a colour
     * gradient whose hue depends on the shot, striped vertically in even shots and horizontally in odd ones,
     * with a bright square drifting one pixel a frame, so frames within a shot differ a little and shots a lot.
     */
    static void paintShot(int shot, int index, byte[] bgr, int width, int top, int bottom, double brightness) {
        int[][] palette = {{40, 90, 200}, {200, 160, 30}, {60, 200, 80}, {180, 60, 170}, {30, 30, 120}, {220, 220, 220}
        };
        int[] c = palette[shot % palette.length];
        int sq = 12;
        int sx = (5 + index) % (width - sq);
        int sy = top + (bottom - top - sq) / 2;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < width; x++) {
                boolean stripe = ((shot % 2 == 0 ? x : y) / 8) % 2 == 0;
                double g = (0.6 + 0.4 * x / width) * (stripe ? 0.75 : 1.0);
                boolean inSquare = x >= sx && x < sx + sq && y >= sy && y < sy + sq;
                int p = (y * width + x) * 3;
                for (int ch = 0; ch < 3; ch++) {
                    double v = inSquare ? 255 - c[ch] / 2.0 : c[ch] * g;
                    bgr[p + ch] = (byte) Math.round(Math.min(255, v * brightness));
                }
            }
        }
    }
}
