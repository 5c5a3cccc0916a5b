package dev.clipsift;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import dev.clipsift.engine.FrameNeed;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.video.FrameReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * The frames the run's shared decode would hand a stage for a {@link FrameNeed}, taken from the first
 * {@code spanFrames} frames of a video: the need's rate, frame cap and size, scaled with area interpolation as
 * the run does. For testing scorers directly, without a run.
 */
public final class TestFrames {
    private TestFrames() {}

    public static List<FrameSample> of(Path video, FrameNeed need, int spanFrames) throws IOException {
        List<FrameSample> out = new ArrayList<>();
        try (FrameReader r = FrameReader.open(video, FrameReader.Options.bgr())) {
            FrameReader.Picture p = new FrameReader.Picture();
            for (int k = 0; k < spanFrames && r.next(p); k++) {
                if (need.wants(k, spanFrames, r.fps())) {
                    out.add(scaled(p, need.maxSide(), k / r.fps()));
                }
            }
        }
        return out;
    }

    private static FrameSample scaled(FrameReader.Picture p, int maxSide, double timeS) {
        int w = p.width;
        int h = p.height;
        double scale = maxSide > 0 && Math.max(w, h) > maxSide ? maxSide / (double) Math.max(w, h) : 1;
        if (scale == 1) {
            return new FrameSample(p.index, timeS, w, h, p.data.clone());
        }
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        byte[] out = new byte[tw * th * 3];
        try (Mat src = new Mat(h, w, CV_8UC3);
                Mat dst = new Mat();
                Size size = new Size(tw, th)) {
            src.data().put(p.data, 0, w * h * 3);
            resize(src, dst, size, 0, 0, INTER_AREA);
            dst.data().get(out);
        }
        return new FrameSample(p.index, timeS, tw, th, out);
    }
}
