package dev.clipsift.split;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * PySceneDetect's edge component: Canny edges of the value plane (thresholds at 2/3 and 4/3 of its median),
 * dilated by a square kernel that grows with the frame size, as 0/255 bytes. Computed with OpenCV in-process
 * and only when {@code delta_edges} has a weight. One per video: holds native buffers until closed.
 */
final class EdgeMap implements AutoCloseable {
    private final int width;
    private final int height;
    private final Mat lum;
    private final Mat edges;
    private final Mat dilated;
    private final Mat kernel;
    private final int[] histogram = new int[256];

    EdgeMap(int width, int height, Integer kernelSize) {
        this.width = width;
        this.height = height;
        int k = kernelSize != null ? kernelSize : estimatedKernelSize(width, height);
        lum = new Mat(height, width, CV_8UC1);
        edges = new Mat(height, width, CV_8UC1);
        dilated = new Mat(height, width, CV_8UC1);
        kernel = new Mat(k, k, CV_8UC1);
        byte[] ones = new byte[k * k];
        java.util.Arrays.fill(ones, (byte) 1);
        kernel.data().put(ones);
    }

    /** PySceneDetect's estimate: 4 + round(sqrt(w*h) / 192), made odd. */
    static int estimatedKernelSize(int width, int height) {
        int size = 4 + (int) Math.rint(Math.sqrt((double) width * height) / 192);
        return size % 2 == 0 ? size + 1 : size;
    }

    /** Writes the edge map of the value plane {@code val} into {@code out}. */
    void compute(byte[] val, byte[] out) {
        double median = median(val);
        int low = (int) Math.max(0, (1.0 - 1.0 / 3.0) * median);
        int high = (int) Math.min(255, (1.0 + 1.0 / 3.0) * median);
        lum.data().put(val, 0, width * height);
        opencv_imgproc.Canny(lum, edges, low, high);
        opencv_imgproc.dilate(edges, dilated, kernel);
        dilated.data().get(out, 0, width * height);
    }

    /** numpy's median of 8-bit values: the middle one, or the mean of the two middle ones. */
    private double median(byte[] values) {
        java.util.Arrays.fill(histogram, 0);
        for (byte v : values) {
            histogram[v & 0xFF]++;
        }
        int n = values.length;
        int lowerRank = (n - 1) / 2;
        int upperRank = n / 2;
        int lower = -1;
        int upper = -1;
        int seen = 0;
        for (int v = 0; v < 256 && upper < 0; v++) {
            seen += histogram[v];
            if (lower < 0 && seen > lowerRank) {
                lower = v;
            }
            if (seen > upperRank) {
                upper = v;
            }
        }
        return (lower + upper) / 2.0;
    }

    @Override
    public void close() {
        lum.close();
        edges.close();
        dilated.close();
        kernel.close();
    }
}
