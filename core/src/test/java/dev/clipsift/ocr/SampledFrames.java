package dev.clipsift.ocr;

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
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/** The frames the shared decode would hand a stage for one span of a video: same choice, same area scaling. */
final class SampledFrames {
    private SampledFrames() {}

    /** The frames {@code need} wants of frames {@code [first, first + count)} of {@code video}. */
    static List<FrameSample> read(Path video, FrameNeed need, int first, int count) throws IOException {
        List<FrameSample> out = new ArrayList<>();
        try (FrameReader r = FrameReader.open(video, FrameReader.Options.bgr())) {
            FrameReader.Picture p = new FrameReader.Picture();
            while (r.next(p) && p.index < first + count) {
                int k = p.index - first;
                if (k >= 0 && need.wants(k, count, r.fps())) {
                    out.add(scaled(p, need.maxSide(), r.fps()));
                }
            }
        }
        return out;
    }

    private static FrameSample scaled(FrameReader.Picture p, int maxSide, double fps) {
        double scale = maxSide > 0 && Math.max(p.width, p.height) > maxSide
                ? maxSide / (double) Math.max(p.width, p.height)
                : 1;
        int tw = (int) Math.round(p.width * scale);
        int th = (int) Math.round(p.height * scale);
        byte[] out = new byte[tw * th * 3];
        try (BytePointer data = new BytePointer(p.data);
                Mat src = new Mat(p.height, p.width, CV_8UC3, data);
                Mat dst = new Mat();
                Size size = new Size(tw, th)) {
            resize(src, dst, size, 0, 0, INTER_AREA);
            dst.data().get(out);
        }
        return new FrameSample(p.index, p.index / fps, tw, th, out);
    }
}
