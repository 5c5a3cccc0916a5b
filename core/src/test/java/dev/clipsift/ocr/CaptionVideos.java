package dev.clipsift.ocr;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.FONT_HERSHEY_SIMPLEX;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.putText;

import dev.clipsift.TestVideos;
import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.jspecify.annotations.Nullable;

/**
 * Test videos of a slowly drifting colour gradient, with or without a line of white text drawn by OpenCV's
 * {@code putText}: a caption that stays put, or one that moves {@code dx} pixels a frame.
 */
final class CaptionVideos {
    static final String CAPTION = "SUMMER SALE 50 PERCENT OFF";

    private CaptionVideos() {}

    /** {@code frames} frames of {@code w x h} at 25 fps; {@code text} (at scale {@code h / 360}) at {@code (x0 + i * dx, y)} on frame i. */
    static Path write(Path file, int w, int h, int frames, @Nullable String text, int x0, int y, int dx)
            throws IOException {
        return TestVideos.video(w, h, 25, frames).codec("libopenh264").write(file, (i, bgr, width, height) -> {
            for (int yy = 0; yy < height; yy++) {
                for (int xx = 0; xx < width; xx++) {
                    int p = (yy * width + xx) * 3;
                    bgr[p] = (byte) (60 + (xx + 2 * i) * 100 / width);
                    bgr[p + 1] = (byte) (80 + yy * 80 / height);
                    bgr[p + 2] = (byte) (40 + (xx + yy + i) * 60 / (width + height));
                }
            }
            if (text != null) {
                caption(bgr, width, height, text, x0 + i * dx, y);
            }
        });
    }

    private static void caption(byte[] bgr, int w, int h, String text, int x, int y) {
        try (BytePointer data = new BytePointer(bgr);
                Mat m = new Mat(h, w, CV_8UC3, data);
                Point at = new Point(x, y);
                Scalar white = new Scalar(255, 255, 255, 0)) {
            putText(m, text, at, FONT_HERSHEY_SIMPLEX, h / 360.0, white, Math.max(2, h / 240), LINE_AA, false);
            data.get(bgr);
        }
    }
}
