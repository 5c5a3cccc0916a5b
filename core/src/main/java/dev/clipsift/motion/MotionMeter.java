package dev.clipsift.motion;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_video.calcOpticalFlowFarneback;

import dev.clipsift.engine.FrameSample;
import java.nio.FloatBuffer;
import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Measures a clip's motion from its sampled frames, as cosmos-curate's motion filter does but with dense
 * optical flow in place of H.264 motion vectors:
 * <ol>
 *   <li>Farneback flow (video2dataset's parameters: pyramid scale 0.5, 3 levels, window 15, 3 iterations,
 *       poly_n 5, poly_sigma 1.2) between each pair of consecutive grey frames;</li>
 *   <li>each pixel's magnitude {@code |flow| / (W + H)}, W and H the size the flow was computed at (so the
 *       score does not depend on resolution), divided by the number of source frames between the two samples
 *       (so, like a codec's motion vectors, it is the motion from one frame to the next, and does not depend on
 *       the sampling rate or on how far a long clip's frames were spread);</li>
 *   <li>{@code global_mean}: the mean magnitude over pairs and pixels;</li>
 *   <li>{@code per_patch_min_256}: each pixel's magnitude averaged over the pairs, then averaged over each
 *       patch of a grid, and the least patch mean. Cosmos' patches are 256 pixels at full size; here the patch
 *       side is {@code shorter side * 256 / 1080}, so every clip gets the grid a 1080p clip gets there (4 x 8
 *       for 16:9) whatever its resolution. Patches are split on whole pixels, and a patch's score is the mean
 *       of all its pixels.</li>
 * </ol>
 */
final class MotionMeter {
    static final double PYR_SCALE = 0.5;
    static final int LEVELS = 3;
    static final int WINSIZE = 15;
    static final int ITERATIONS = 3;
    static final int POLY_N = 5;
    static final double POLY_SIGMA = 1.2;

    /** Cosmos' patch side in pixels, on a frame whose shorter side has {@link #REFERENCE_LINES} pixels. */
    static final double PATCH = 256;

    static final double REFERENCE_LINES = 1080;

    private MotionMeter() {}

    /** The scores of one clip: pairs is 0 (and the others are 0) when fewer than 2 frames were sampled. */
    record Motion(double globalMean, double perPatchMin256, int pairs) {}

    /** The motion over {@code frames}, consecutive samples of one clip, all of one size. */
    static Motion measure(List<FrameSample> frames) {
        if (frames.size() < 2) {
            return new Motion(0, 0, 0);
        }
        int w = frames.get(0).width();
        int h = frames.get(0).height();
        double[] perPixel = new double[w * h];
        float[] xy = new float[w * h * 2];
        try (Mat prev = new Mat(h, w, CV_8UC1);
                Mat next = new Mat(h, w, CV_8UC1);
                Mat flow = new Mat()) {
            grey(frames.get(0), prev);
            for (int i = 1; i < frames.size(); i++) {
                FrameSample f = frames.get(i);
                if (f.width() != w || f.height() != h) {
                    throw new IllegalArgumentException("frames of one clip differ in size: " + w + "x" + h + " and "
                            + f.width() + "x" + f.height());
                }
                Mat into = (i % 2 == 1) ? next : prev;
                Mat from = (i % 2 == 1) ? prev : next;
                grey(f, into);
                calcOpticalFlowFarneback(
                        from, into, flow, PYR_SCALE, LEVELS, WINSIZE, ITERATIONS, POLY_N, POLY_SIGMA, 0);
                flow.<FloatBuffer>createBuffer().get(xy);
                int gap = Math.max(1, f.frame() - frames.get(i - 1).frame());
                double scale = 1.0 / ((double) (w + h) * gap);
                for (int p = 0; p < perPixel.length; p++) {
                    float dx = xy[2 * p];
                    float dy = xy[2 * p + 1];
                    perPixel[p] += Math.sqrt(dx * dx + dy * dy) * scale;
                }
            }
        }
        int pairs = frames.size() - 1;
        double sum = 0;
        for (int p = 0; p < perPixel.length; p++) {
            perPixel[p] /= pairs;
            sum += perPixel[p];
        }
        return new Motion(sum / perPixel.length, minPatchMean(perPixel, w, h), pairs);
    }

    /** The least mean over the patches of the grid {@link #grid} lays on a {@code w x h} map. */
    static double minPatchMean(double[] map, int w, int h) {
        int[] grid = grid(w, h);
        int cols = grid[0];
        int rows = grid[1];
        double min = Double.POSITIVE_INFINITY;
        for (int r = 0; r < rows; r++) {
            int y0 = r * h / rows;
            int y1 = (r + 1) * h / rows;
            for (int c = 0; c < cols; c++) {
                int x0 = c * w / cols;
                int x1 = (c + 1) * w / cols;
                double s = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        s += map[y * w + x];
                    }
                }
                min = Math.min(min, s / ((double) (y1 - y0) * (x1 - x0)));
            }
        }
        return min;
    }

    /** Columns and rows of patches on a {@code w x h} frame: at least one each, never more than pixels. */
    static int[] grid(int w, int h) {
        double shortSide = Math.min(w, h);
        int cols = (int) Math.max(1, Math.min(w, Math.round(w * REFERENCE_LINES / (PATCH * shortSide))));
        int rows = (int) Math.max(1, Math.min(h, Math.round(h * REFERENCE_LINES / (PATCH * shortSide))));
        return new int[] {cols, rows};
    }

    private static void grey(FrameSample f, Mat out) {
        try (Mat bgr = new Mat(f.height(), f.width(), CV_8UC3)) {
            bgr.data().put(f.bgr());
            cvtColor(bgr, out, COLOR_BGR2GRAY);
        }
    }
}
