package dev.clipsift.embed;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_CUBIC;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import dev.clipsift.engine.FrameSample;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * A frame made an image model's input the way CLIP's preprocessing does it: the shorter side resized to
 * {@code size} (area averaging when shrinking, bicubic when enlarging), the centre {@code size x size} cropped,
 * RGB planes (CHW) scaled to 0..1, less {@code mean}, over {@code std}, per channel. {@link #CLIP} is CLIP's own
 * (224 px, mean 0.48145466, 0.4578275, 0.40821073, standard deviation 0.26862954, 0.26130258, 0.27577711).
 */
public record ImagePreprocessing(int size, float[] mean, float[] std) {
    public static final ImagePreprocessing CLIP = new ImagePreprocessing(
            224, new float[] {0.48145466f, 0.4578275f, 0.40821073f}, new float[] {0.26862954f, 0.26130258f, 0.27577711f
            });

    public ImagePreprocessing {
        if (size < 1 || mean.length != 3 || std.length != 3) {
            throw new IllegalArgumentException("preprocessing needs a positive size and 3 means and 3 deviations");
        }
        for (float s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("a standard deviation must be positive, got " + s);
            }
        }
        mean = mean.clone();
        std = std.clone();
    }

    /** Floats per image: {@code 3 * size * size}. */
    public int pixels() {
        return 3 * size * size;
    }

    /** Writes {@code frame}'s {@code 3 x size x size} floats into {@code out} from {@code offset}. */
    public void put(FrameSample frame, float[] out, int offset) {
        int w = frame.width();
        int h = frame.height();
        double scale = size / (double) Math.min(w, h);
        int rw = Math.max(size, (int) Math.round(w * scale));
        int rh = Math.max(size, (int) Math.round(h * scale));
        byte[] crop = new byte[pixels()];
        try (Mat src = new Mat(h, w, CV_8UC3);
                Mat resized = new Mat();
                Size target = new Size(rw, rh);
                Rect centre = new Rect((rw - size) / 2, (rh - size) / 2, size, size)) {
            src.data().put(frame.bgr());
            resize(src, resized, target, 0, 0, scale < 1 ? INTER_AREA : INTER_CUBIC);
            try (Mat v = new Mat(resized, centre);
                    Mat p = v.clone()) {
                p.data().get(crop);
            }
        }
        int plane = size * size;
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < 3; c++) {
                float v = (crop[i * 3 + (2 - c)] & 0xff) / 255f;
                out[offset + c * plane + i] = (v - mean[c]) / std[c];
            }
        }
    }
}
