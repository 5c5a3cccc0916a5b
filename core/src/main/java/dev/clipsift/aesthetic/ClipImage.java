package dev.clipsift.aesthetic;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_CUBIC;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import dev.clipsift.engine.FrameSample;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * A frame as CLIP's image preprocessing makes it: the shorter side resized to 224 (area averaging when
 * shrinking, bicubic when enlarging), the centre 224x224 cropped, RGB planes (CHW) scaled to 0..1 and
 * normalised with CLIP's mean (0.48145466, 0.4578275, 0.40821073) and standard deviation (0.26862954,
 * 0.26130258, 0.27577711).
 */
final class ClipImage {
    static final int SIZE = 224;
    static final int PIXELS = 3 * SIZE * SIZE;

    private static final float[] MEAN = {0.48145466f, 0.4578275f, 0.40821073f};
    private static final float[] STD = {0.26862954f, 0.26130258f, 0.27577711f};

    private ClipImage() {}

    /** Writes {@code frame}'s 3 x 224 x 224 floats into {@code out} from {@code offset}. */
    static void put(FrameSample frame, float[] out, int offset) {
        int w = frame.width();
        int h = frame.height();
        double scale = SIZE / (double) Math.min(w, h);
        int rw = Math.max(SIZE, (int) Math.round(w * scale));
        int rh = Math.max(SIZE, (int) Math.round(h * scale));
        byte[] crop = new byte[PIXELS];
        try (Mat src = new Mat(h, w, CV_8UC3);
                Mat resized = new Mat();
                Size size = new Size(rw, rh);
                Rect centre = new Rect((rw - SIZE) / 2, (rh - SIZE) / 2, SIZE, SIZE)) {
            src.data().put(frame.bgr());
            resize(src, resized, size, 0, 0, scale < 1 ? INTER_AREA : INTER_CUBIC);
            try (Mat v = new Mat(resized, centre);
                    Mat p = v.clone()) {
                p.data().get(crop);
            }
        }
        int plane = SIZE * SIZE;
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < 3; c++) {
                float v = (crop[i * 3 + (2 - c)] & 0xff) / 255f;
                out[offset + c * plane + i] = (v - MEAN[c]) / STD[c];
            }
        }
    }
}
