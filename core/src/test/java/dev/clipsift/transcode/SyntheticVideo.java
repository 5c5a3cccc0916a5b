package dev.clipsift.transcode;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import dev.clipsift.TestVideos;
import dev.clipsift.video.FrameReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Small test videos made with {@link TestVideos}: solid-colour shots with hard cuts at known frames, and each
 * frame's index written as 10 black/white 16 px blocks along the top rows, so a decoded frame tells which
 * source frame it is. Optional mono 440 Hz audio.
 */
public final class SyntheticVideo {
    public static final int WIDTH = 160;
    public static final int HEIGHT = 90;
    private static final int BITS = 10;
    private static final int BLOCK = 16;
    private static final int[][] COLOURS = {{200, 40, 40}, {40, 200, 40}, {40, 40, 200}, {200, 200, 40}, {200, 40, 200}
    };

    private SyntheticVideo() {}

    /** Writes {@code frames} frames at {@code fps}; a new shot (new colour) starts at each frame of {@code cuts}. */
    public static Path write(Path file, int frames, double fps, List<Integer> cuts, boolean audio) throws IOException {
        return write(
                file, new Format(WIDTH, HEIGHT, "libopenh264", AV_PIX_FMT_YUV420P, "mp4"), frames, fps, cuts, audio);
    }

    /** Size, codec, pixel format and container of a synthetic video. */
    public record Format(int width, int height, String codec, int pixelFormat, String container) {}

    public static Path write(Path file, Format format, int frames, double fps, List<Integer> cuts, boolean audio)
            throws IOException {
        TestVideos.Recording recording = TestVideos.video(format.width(), format.height(), fps, frames)
                .codec(format.codec())
                .pixelFormat(format.pixelFormat())
                .format(format.container())
                .bitrate(2_000_000);
        if (audio) {
            recording.withTone();
        }
        return recording.write(
                file,
                (i, bgr, width, height) -> paint(bgr, width, height, COLOURS[shotAt(i, cuts) % COLOURS.length], i));
    }

    private static int shotAt(int index, List<Integer> cuts) {
        int shot = 0;
        for (int c : cuts) {
            if (index >= c) {
                shot++;
            }
        }
        return shot;
    }

    private static void paint(byte[] bgr, int width, int height, int[] rgb, int index) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = (y * width + x) * 3;
                boolean code = y < BLOCK && x / BLOCK < BITS;
                if (code) {
                    byte v = (byte) (((index >> (x / BLOCK)) & 1) == 1 ? 255 : 0);
                    bgr[p] = v;
                    bgr[p + 1] = v;
                    bgr[p + 2] = v;
                } else {
                    bgr[p] = (byte) rgb[2];
                    bgr[p + 1] = (byte) rgb[1];
                    bgr[p + 2] = (byte) rgb[0];
                }
            }
        }
    }

    /** The frame index written into a decoded BGR frame of a synthetic video. */
    public static int indexOf(byte[] bgr, int width) {
        int index = 0;
        for (int b = 0; b < BITS; b++) {
            int p = ((BLOCK / 2) * width + b * BLOCK + BLOCK / 2) * 3;
            if ((bgr[p + 1] & 0xff) > 128) {
                index |= 1 << b;
            }
        }
        return index;
    }

    /** The shot colour of a decoded BGR frame (sampled below the code blocks), as an index into the palette. */
    public static int shotOf(byte[] bgr, int width, int height) {
        int p = ((height - 10) * width + width / 2) * 3;
        int best = -1;
        int bestDist = Integer.MAX_VALUE;
        for (int c = 0; c < COLOURS.length; c++) {
            int d = Math.abs((bgr[p + 2] & 0xff) - COLOURS[c][0])
                    + Math.abs((bgr[p + 1] & 0xff) - COLOURS[c][1])
                    + Math.abs((bgr[p] & 0xff) - COLOURS[c][2]);
            if (d < bestDist) {
                bestDist = d;
                best = c;
            }
        }
        return best;
    }

    /** Decodes a video back: the frame index written into each of its frames, in order. */
    public static List<Integer> decodedIndices(Path video) throws IOException {
        List<Integer> out = new ArrayList<>();
        try (FrameReader r = FrameReader.open(video, FrameReader.Options.bgr())) {
            FrameReader.Picture p = new FrameReader.Picture();
            while (r.next(p)) {
                out.add(indexOf(p.data, p.width));
            }
        }
        return out;
    }

    /** Decodes a video back: the shot colour of each of its frames, in order. */
    public static List<Integer> decodedShots(Path video) throws IOException {
        List<Integer> out = new ArrayList<>();
        try (FrameReader r = FrameReader.open(video, FrameReader.Options.bgr())) {
            FrameReader.Picture p = new FrameReader.Picture();
            while (r.next(p)) {
                out.add(shotOf(p.data, p.width, p.height));
            }
        }
        return out;
    }
}
