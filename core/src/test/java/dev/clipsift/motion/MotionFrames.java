package dev.clipsift.motion;

import dev.clipsift.TestVideos;
import dev.clipsift.engine.FrameNeed;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.video.FrameReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test material for the motion scorer: a clip's frames as the shared decode hands them to a stage (the rate, size
 * and cap of a {@link FrameNeed}), and generated videos of known motion painted from one smooth texture.
 */
final class MotionFrames {
    static final FrameNeed NEED = new MotionStage(MotionConfig.defaults()).frameNeed();

    private MotionFrames() {}

    /** The frames {@code need} picks from frames {@code first..last} (0-based, inclusive) of {@code file}. */
    static List<FrameSample> sample(Path file, FrameNeed need, int first, int last) throws IOException {
        List<FrameSample> span = new ArrayList<>();
        double fps;
        try (FrameReader r = FrameReader.open(file, FrameReader.Options.bgr())) {
            fps = r.fps();
            double scale = Math.min(1, need.maxSide() / (double) Math.max(r.sourceWidth(), r.sourceHeight()));
            int w = Math.max(1, (int) Math.round(r.sourceWidth() * scale));
            int h = Math.max(1, (int) Math.round(r.sourceHeight() * scale));
            r.scaleTo(w, h);
            FrameReader.Picture p = new FrameReader.Picture();
            while (r.next(p) && p.index <= last) {
                if (p.index >= first) {
                    span.add(new FrameSample(p.index, p.timeS, w, h, p.data.clone()));
                }
            }
        }
        List<FrameSample> picked = new ArrayList<>();
        for (int k = 0; k < span.size(); k++) {
            if (need.wants(k, span.size(), fps)) {
                picked.add(span.get(k));
            }
        }
        return picked;
    }

    /** All frames {@link #NEED} picks from {@code file}. */
    static List<FrameSample> sample(Path file) throws IOException {
        return sample(file, NEED, 0, Integer.MAX_VALUE);
    }

    /** A smooth, noise-free grey texture at ({@code x}, {@code y}): sums of sines of several periods. */
    static int texture(double x, double y, int seed) {
        double v = 128
                + 45 * Math.sin(x / (6.0 + seed) + seed) * Math.cos(y / (9.0 + seed))
                + 35 * Math.sin((x + 2 * y) / (17.0 + 3 * seed))
                + 25 * Math.cos((3 * x - y) / (11.0 + 2 * seed) + seed);
        return (int) Math.max(0, Math.min(255, v));
    }

    /** A 25 fps video of {@code frames} frames whose pixel (x, y) in frame i is {@code grey.at(i, x, y)}. */
    static Path video(Path file, int frames, Grey grey) throws IOException {
        return TestVideos.video(320, 240, 25, frames).codec("libopenh264").write(file, (i, bgr, w, h) -> {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int o = (y * w + x) * 3;
                    byte v = (byte) grey.at(i, x, y);
                    bgr[o] = v;
                    bgr[o + 1] = v;
                    bgr[o + 2] = v;
                }
            }
        });
    }

    /** A grey picture per frame. */
    @FunctionalInterface
    interface Grey {
        int at(int frame, int x, int y);
    }
}
