package dev.clipsift.run;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import dev.clipsift.engine.FrameNeed;
import dev.clipsift.engine.FrameSample;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.Frame;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Hands the frames of one decoded clip span to every {@link FrameNeed} the pending stages declared: each need
 * keeps the frames at its rate, scaled (area interpolation) to its size. Needs with the same rate and size are
 * one need, so stages that want the same frames share one copy.
 */
final class FrameFanOut {
    private final Map<FrameNeed, List<FrameSample>> samples = new LinkedHashMap<>();
    private final int firstFrame;
    private final int spanFrames;
    private final double fps;

    FrameFanOut(List<FrameNeed> needs, int firstFrame, int spanFrames, double fps) {
        needs.forEach(n -> samples.put(n, new ArrayList<>()));
        this.firstFrame = firstFrame;
        this.spanFrames = spanFrames;
        this.fps = fps;
    }

    /** Frame {@code k} of the span, a packed BGR JavaCV frame. */
    void accept(Frame frame, int k) {
        for (Map.Entry<FrameNeed, List<FrameSample>> e : samples.entrySet()) {
            if (e.getKey().wants(k, spanFrames, fps)) {
                e.getValue().add(sample(frame, firstFrame + k, e.getKey().maxSide()));
            }
        }
    }

    Map<FrameNeed, List<FrameSample>> frames() {
        Map<FrameNeed, List<FrameSample>> out = new LinkedHashMap<>();
        samples.forEach((n, list) -> out.put(n, List.copyOf(list)));
        return out;
    }

    private FrameSample sample(Frame frame, int index, int maxSide) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        double scale = maxSide > 0 && Math.max(w, h) > maxSide ? maxSide / (double) Math.max(w, h) : 1;
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        byte[] out = new byte[tw * th * 3];
        try (BytePointer pixels = new BytePointer((ByteBuffer) frame.image[0])) {
            if (scale == 1) {
                for (int y = 0; y < h; y++) {
                    pixels.position((long) y * frame.imageStride).get(out, y * w * 3, w * 3);
                }
            } else {
                try (Mat src = new Mat(h, w, CV_8UC3, pixels, frame.imageStride);
                        Mat dst = new Mat();
                        Size size = new Size(tw, th)) {
                    resize(src, dst, size, 0, 0, INTER_AREA);
                    dst.data().get(out);
                }
            }
        }
        return new FrameSample(index, index / fps, tw, th, out);
    }
}
