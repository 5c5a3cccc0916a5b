package dev.clipsift.grid;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * The structural similarity (SSIM, Wang et al. 2004: 11x11 Gaussian window, sigma 1.5, K1 0.01, K2 0.03) of two
 * pictures' luma, and OpenCV's area-averaging resize as the reference for what a scaled-down frame should look like.
 */
final class Ssim {
    private static final double C1 = Math.pow(0.01 * 255, 2);
    private static final double C2 = Math.pow(0.03 * 255, 2);

    private Ssim() {}

    /** A packed BGR picture of {@code w x h} scaled to {@code outW x outH} by OpenCV's INTER_AREA. */
    static byte[] areaResize(byte[] bgr, int w, int h, int outW, int outH) {
        try (Mat src = bgrMat(bgr, w, h);
                Mat dst = new Mat()) {
            resize(src, dst, new Size(outW, outH), 0, 0, INTER_AREA);
            byte[] out = new byte[outW * outH * 3];
            dst.data().get(out);
            return out;
        }
    }

    /** SSIM of the luma of two packed BGR pictures of the same size: 1 for identical pictures. */
    static double of(byte[] bgrA, byte[] bgrB, int w, int h) {
        try (Mat a = luma(bgrA, w, h);
                Mat b = luma(bgrB, w, h);
                Mat muA = blur(a);
                Mat muB = blur(b);
                Mat aa = a.mul(a).asMat();
                Mat bb = b.mul(b).asMat();
                Mat ab = a.mul(b).asMat();
                Mat sAA = blur(aa);
                Mat sBB = blur(bb);
                Mat sAB = blur(ab)) {
            float[] ma = floats(muA);
            float[] mb = floats(muB);
            float[] xx = floats(sAA);
            float[] yy = floats(sBB);
            float[] xy = floats(sAB);
            double sum = 0;
            for (int i = 0; i < ma.length; i++) {
                double varA = xx[i] - ma[i] * (double) ma[i];
                double varB = yy[i] - mb[i] * (double) mb[i];
                double cov = xy[i] - ma[i] * (double) mb[i];
                sum += (2 * ma[i] * (double) mb[i] + C1)
                        * (2 * cov + C2)
                        / ((ma[i] * (double) ma[i] + mb[i] * (double) mb[i] + C1) * (varA + varB + C2));
            }
            return sum / ma.length;
        }
    }

    private static Mat bgrMat(byte[] bgr, int w, int h) {
        Mat m = new Mat(h, w, CV_8UC3);
        m.data().put(bgr);
        return m;
    }

    private static Mat luma(byte[] bgr, int w, int h) {
        try (Mat m = bgrMat(bgr, w, h);
                Mat gray = new Mat()) {
            cvtColor(m, gray, COLOR_BGR2GRAY);
            Mat f = new Mat();
            gray.convertTo(f, CV_32F);
            return f;
        }
    }

    private static Mat blur(Mat m) {
        Mat out = new Mat();
        GaussianBlur(m, out, new Size(11, 11), 1.5);
        return out;
    }

    private static float[] floats(Mat m) {
        float[] out = new float[m.rows() * m.cols()];
        new FloatPointer(m.data()).get(out);
        return out;
    }
}
