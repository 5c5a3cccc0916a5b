package dev.clipsift.caption;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import dev.clipsift.engine.FrameSample;
import java.util.Base64;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Frames as the images a vision-language model is sent: each side rounded to a multiple of {@link #PATCH}
 * pixels (Qwen2.5-VL's 28-pixel patches: no padding, no resampling on the server), JPEG at quality 90, as a
 * {@code data:} URL.
 */
final class FrameImages {
    static final int PATCH = 28;
    private static final int QUALITY = 90;

    private FrameImages() {}

    /** The size {@code width x height} becomes: each side rounded to the nearest multiple of 28, at least 28. */
    static int[] size(int width, int height) {
        return new int[] {snap(width), snap(height)};
    }

    private static int snap(int side) {
        return Math.max(PATCH, Math.round(side / (float) PATCH) * PATCH);
    }

    /** The frame resized to {@link #size} (itself when it is that size already). */
    static FrameSample snapped(FrameSample f) {
        int[] s = size(f.width(), f.height());
        if (s[0] == f.width() && s[1] == f.height()) {
            return f;
        }
        byte[] out = new byte[s[0] * s[1] * 3];
        try (Mat src = new Mat(f.height(), f.width(), CV_8UC3);
                Mat dst = new Mat();
                Size to = new Size(s[0], s[1])) {
            src.data().put(f.bgr());
            resize(src, dst, to, 0, 0, INTER_AREA);
            dst.data().get(out);
        }
        return new FrameSample(f.frame(), f.timeS(), s[0], s[1], out);
    }

    /** The frame as JPEG bytes, at {@link #size}. */
    static byte[] jpeg(FrameSample frame) {
        FrameSample f = snapped(frame);
        try (Mat src = new Mat(f.height(), f.width(), CV_8UC3);
                BytePointer buf = new BytePointer();
                IntPointer params = new IntPointer(IMWRITE_JPEG_QUALITY, QUALITY)) {
            src.data().put(f.bgr());
            if (!imencode(".jpg", src, buf, params)) {
                throw new IllegalStateException(
                        "OpenCV could not encode a " + f.width() + "x" + f.height() + " frame as JPEG");
            }
            byte[] b = new byte[(int) Math.max(buf.limit(), buf.capacity())];
            buf.get(b);
            return b;
        }
    }

    static String dataUrl(String mime, byte[] bytes) {
        return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
