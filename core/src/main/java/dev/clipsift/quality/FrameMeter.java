package dev.clipsift.quality;

import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.meanStdDev;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.Laplacian;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

import dev.clipsift.engine.FrameSample;
import java.nio.file.Path;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_quality.QualityBRISQUE;

/**
 * Measures one frame ({@link FrameMeasures}): BRISQUE through OpenCV's quality module with the shipped LIVE
 * model, the other measures on the luma and colour planes. Holds the loaded BRISQUE model: one per worker, not
 * thread-safe, closed with the worker.
 */
final class FrameMeter implements AutoCloseable {
    /** The coding block size whose edges {@link FrameMeasures#blockiness} looks for (MPEG-2/4, JPEG, H.264's 8x8 transform). */
    static final int BLOCK = 8;
    /** Below this period in pixels (a frame scaled down more than 3.2 times) block edges cannot be resolved. */
    static final double MIN_PERIOD = 2.5;

    /**
     * A flat picture (mean neighbour difference under half a grey level) has no blocks worth the name: its few
     * differences would make any period look strong.
     */
    static final double MIN_STEP = 0.5;

    /** BRISQUE needs a frame this size or more (it also works at half size, with 7x7 windows). */
    static final int MIN_BRISQUE_SIDE = 32;

    private final QualityBRISQUE brisque;

    FrameMeter(Path model, Path range) {
        this.brisque = QualityBRISQUE.create(model.toString(), range.toString());
    }

    /**
     * The measures of {@code frame}, which the decode scaled by {@code scale} (its size over the source's, 1
     * when not scaled): the coding blocks of the source are {@code 8 * scale} pixels wide in it.
     */
    FrameMeasures measure(FrameSample frame, double scale) {
        int w = frame.width();
        int h = frame.height();
        byte[] luma = new byte[w * h];
        double brisqueScore;
        double sharpness;
        try (Mat bgr = new Mat(h, w, CV_8UC3);
                Mat gray = new Mat(h, w, CV_8UC1);
                Mat lap = new Mat();
                Mat mean = new Mat();
                Mat std = new Mat()) {
            bgr.data().put(frame.bgr());
            cvtColor(bgr, gray, COLOR_BGR2GRAY);
            gray.data().get(luma);
            Laplacian(gray, lap, CV_64F);
            meanStdDev(lap, mean, std);
            double s = std.ptr(0).getDouble();
            sharpness = s * s;
            brisqueScore = brisque(bgr, w, h);
        }
        double[] lumaStats = lumaStats(luma);
        double period = BLOCK * Math.min(1, scale);
        double blockiness = period < MIN_PERIOD
                ? 0
                : (periodicity(columnDifferences(luma, w, h), period, h * MIN_STEP)
                                + periodicity(rowDifferences(luma, w, h), period, w * MIN_STEP))
                        / 2;
        return new FrameMeasures(
                brisqueScore,
                sharpness,
                lumaStats[0],
                lumaStats[1],
                lumaStats[2],
                colourfulness(frame.bgr()),
                blockiness);
    }

    /** BRISQUE of the frame; NaN (scored 0) for a frame too small for its two scales, or one it cannot take. */
    private double brisque(Mat bgr, int w, int h) {
        if (Math.min(w, h) < MIN_BRISQUE_SIDE) {
            return Double.NaN;
        }
        try (Scalar b = brisque.compute(bgr)) {
            return b.get(0);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Mean luma (0..1), clipped fraction, standard deviation of the luma (0..1). */
    private static double[] lumaStats(byte[] luma) {
        long sum = 0;
        long sq = 0;
        long clipped = 0;
        for (byte b : luma) {
            int v = b & 0xff;
            sum += v;
            sq += (long) v * v;
            if (v <= 8 || v >= 247) {
                clipped++;
            }
        }
        double n = luma.length;
        double mean = sum / n;
        double var = Math.max(0, sq / n - mean * mean);
        return new double[] {mean / 255, clipped / n, Math.sqrt(var) / 255};
    }

    /** Hasler and Suesstrunk (2003): sqrt(var rg + var yb) + 0.3 sqrt(mean rg^2 + mean yb^2), rg = R-G, yb = (R+G)/2-B. */
    static double colourfulness(byte[] bgr) {
        double srg = 0;
        double syb = 0;
        double qrg = 0;
        double qyb = 0;
        int n = bgr.length / 3;
        for (int i = 0; i < bgr.length; i += 3) {
            int b = bgr[i] & 0xff;
            int g = bgr[i + 1] & 0xff;
            int r = bgr[i + 2] & 0xff;
            double rg = r - g;
            double yb = 0.5 * (r + g) - b;
            srg += rg;
            syb += yb;
            qrg += rg * rg;
            qyb += yb * yb;
        }
        double mrg = srg / n;
        double myb = syb / n;
        double vrg = Math.max(0, qrg / n - mrg * mrg);
        double vyb = Math.max(0, qyb / n - myb * myb);
        return Math.sqrt(vrg + vyb) + 0.3 * Math.sqrt(mrg * mrg + myb * myb);
    }

    /** The summed |difference| between columns x and x+1 over all rows, for each x. */
    private static double[] columnDifferences(byte[] luma, int w, int h) {
        double[] d = new double[Math.max(0, w - 1)];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w - 1; x++) {
                d[x] += Math.abs((luma[row + x + 1] & 0xff) - (luma[row + x] & 0xff));
            }
        }
        return d;
    }

    /** The summed |difference| between rows y and y+1 over all columns, for each y. */
    private static double[] rowDifferences(byte[] luma, int w, int h) {
        double[] d = new double[Math.max(0, h - 1)];
        for (int y = 0; y < h - 1; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                d[y] += Math.abs((luma[row + w + x] & 0xff) - (luma[row + x] & 0xff));
            }
        }
        return d;
    }

    /**
     * The amplitude of the profile's component at {@code period} pixels (its discrete Fourier coefficient there,
     * any phase), relative to the profile's mean: block-edge steps every {@code period} pixels stand out against
     * the differences inside the blocks; a profile without them gives about 0, pure block steps about 2. 0 when
     * the profile's mean is under {@code minMean} (a flat picture).
     */
    static double periodicity(double[] profile, double period, double minMean) {
        int n = profile.length;
        if (n < 2 * period) {
            return 0;
        }
        double mean = 0;
        for (double v : profile) {
            mean += v;
        }
        mean /= n;
        if (mean < minMean) {
            return 0;
        }
        double c = 0;
        double s = 0;
        for (int x = 0; x < n; x++) {
            double a = 2 * Math.PI * x / period;
            c += (profile[x] - mean) * Math.cos(a);
            s += (profile[x] - mean) * Math.sin(a);
        }
        return 2 * Math.hypot(c, s) / (n * mean);
    }

    @Override
    public void close() {
        brisque.close();
    }
}
