package dev.clipsift.ocr;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgproc.CHAIN_APPROX_SIMPLE;
import static org.bytedeco.opencv.global.opencv_imgproc.RETR_LIST;
import static org.bytedeco.opencv.global.opencv_imgproc.boundingRect;
import static org.bytedeco.opencv.global.opencv_imgproc.findContours;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Rect;

/**
 * PaddleOCR's DB post-processing, axis-aligned: the probability map binarised at {@link #BINARY}, each
 * connected region's bounding rectangle kept when its mean probability reaches {@link #BOX_SCORE} (PaddleOCR's
 * "fast" box score, over the rectangle rather than the rotated box), then grown by PaddleOCR's unclip distance
 * {@code area * 1.5 / perimeter} on every side (the Vatti offset of a rectangle, without its rounded corners).
 * Boxes thinner than 3 map pixels, or 5 after growing, are dropped as PaddleOCR drops them. Rotated text gets
 * the upright rectangle around it.
 */
final class DbBoxes {
    static final float BINARY = 0.3f;
    static final double BOX_SCORE = 0.6;
    static final double UNCLIP_RATIO = 1.5;
    private static final int MIN_SIDE = 3;
    private static final int MAX_CANDIDATES = 1000;

    private DbBoxes() {}

    /**
     * The text boxes of a {@code mapW x mapH} probability map, in the pixels of the {@code frameW x frameH} frame
     * it was computed from (the map is that frame resized).
     */
    static List<TextBox> find(float[] prob, int mapW, int mapH, int frameW, int frameH) {
        byte[] bits = new byte[mapW * mapH];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = prob[i] > BINARY ? (byte) 255 : 0;
        }
        double sx = frameW / (double) mapW;
        double sy = frameH / (double) mapH;
        List<TextBox> out = new ArrayList<>();
        try (BytePointer data = new BytePointer(bits);
                Mat binary = new Mat(mapH, mapW, CV_8UC1, data);
                MatVector contours = new MatVector()) {
            findContours(binary, contours, RETR_LIST, CHAIN_APPROX_SIMPLE);
            long n = Math.min(contours.size(), MAX_CANDIDATES);
            for (long i = 0; i < n; i++) {
                try (Rect r = boundingRect(contours.get(i))) {
                    TextBox box = box(prob, mapW, r.x(), r.y(), r.width(), r.height());
                    if (box != null) {
                        out.add(clamp(scaled(box, sx, sy), frameW, frameH));
                    }
                }
            }
        }
        return out;
    }

    /** The grown box of the region {@code x, y, w, h} of the map, or null when it is too thin or too faint. */
    private static TextBox box(float[] prob, int mapW, int x, int y, int w, int h) {
        if (Math.min(w, h) < MIN_SIDE) {
            return null;
        }
        double score = 0;
        for (int yy = y; yy < y + h; yy++) {
            for (int xx = x; xx < x + w; xx++) {
                score += prob[yy * mapW + xx];
            }
        }
        score /= (double) w * h;
        if (score < BOX_SCORE) {
            return null;
        }
        double d = w * (double) h * UNCLIP_RATIO / (2.0 * (w + h));
        if (Math.min(w, h) + 2 * d < MIN_SIDE + 2) {
            return null;
        }
        return new TextBox(x - d, y - d, w + 2 * d, h + 2 * d, score);
    }

    private static TextBox scaled(TextBox b, double sx, double sy) {
        return new TextBox(b.x() * sx, b.y() * sy, b.w() * sx, b.h() * sy, b.score());
    }

    private static TextBox clamp(TextBox b, int frameW, int frameH) {
        double x0 = Math.max(0, b.x());
        double y0 = Math.max(0, b.y());
        double x1 = Math.min(frameW, b.x() + b.w());
        double y1 = Math.min(frameH, b.y() + b.h());
        return new TextBox(x0, y0, x1 - x0, y1 - y0, b.score());
    }
}
