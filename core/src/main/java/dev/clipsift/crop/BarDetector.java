package dev.clipsift.crop;

import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/**
 * Finds the content of one packed BGR picture: scanning inward from each edge, a row (then a column) is a bar
 * while it is dark (mean luma at most {@value #DARK_MEAN}) AND flat (luma standard deviation at most
 * {@value #FLAT_SD}); encoded bars are uniform, while dark scenes have texture and noise and are content. Each
 * line is sampled at no more than {@value #SAMPLES} evenly spaced pixels, and the scan stops at the first
 * content line, so a full-frame picture costs four lines. A picture too dim to judge (its centre row, centre
 * column and edge content lines all darker than {@value #VOTE_MEAN}: black frames, fades, night scenes) gives
 * no box: it does not vote. Pure: bytes in, box out.
 */
public final class BarDetector {
    static final double DARK_MEAN = 32;
    static final double FLAT_SD = 4;
    static final double VOTE_MEAN = 48;
    static final int SAMPLES = 160;

    private BarDetector() {}

    /**
     * The content box of a {@code width x height} BGR picture whose rows start {@code stride} bytes apart, or null
     * when the picture does not vote (no content line, or too dim).
     */
    public static @Nullable ContentBox scan(ByteBuffer bgr, int width, int height, int stride) {
        Lines lines = new Lines(bgr, width, height, stride);
        int top = 0;
        while (top < height && lines.rowIsBar(top, 0, width)) {
            top++;
        }
        if (top == height) {
            return null;
        }
        int bottom = height;
        while (bottom - 1 > top && lines.rowIsBar(bottom - 1, 0, width)) {
            bottom--;
        }
        int left = 0;
        while (left < width && lines.columnIsBar(left, top, bottom)) {
            left++;
        }
        if (left == width) {
            return null;
        }
        int right = width;
        while (right - 1 > left && lines.columnIsBar(right - 1, top, bottom)) {
            right--;
        }
        double brightest = Math.max(lines.brightest, lines.rowMean(height / 2, left, right));
        brightest = Math.max(brightest, lines.columnMean(width / 2, top, bottom));
        return brightest < VOTE_MEAN ? null : new ContentBox(left, top, right, bottom);
    }

    /** Sampled luma statistics of rows and columns; remembers the brightest content line seen. */
    private static final class Lines {
        private final ByteBuffer bgr;
        private final int width;
        private final int height;
        private final int stride;
        private double brightest;
        private double mean;
        private double sd;

        Lines(ByteBuffer bgr, int width, int height, int stride) {
            this.bgr = bgr;
            this.width = width;
            this.height = height;
            this.stride = stride;
        }

        boolean rowIsBar(int y, int from, int to) {
            measure((long) y * stride + 3L * from, 3, to - from);
            return isBar();
        }

        boolean columnIsBar(int x, int from, int to) {
            measure((long) from * stride + 3L * x, stride, to - from);
            return isBar();
        }

        double rowMean(int y, int from, int to) {
            rowIsBar(Math.min(y, height - 1), from, to);
            return mean;
        }

        double columnMean(int x, int from, int to) {
            columnIsBar(Math.min(x, width - 1), from, to);
            return mean;
        }

        private boolean isBar() {
            boolean bar = mean <= DARK_MEAN && sd <= FLAT_SD;
            if (!bar) {
                brightest = Math.max(brightest, mean);
            }
            return bar;
        }

        /** Mean and standard deviation of the luma of {@code n} pixels from byte {@code start}, {@code step} apart. */
        private void measure(long start, int step, int n) {
            int count = Math.min(n, SAMPLES);
            long sum = 0;
            long squares = 0;
            for (int i = 0; i < count; i++) {
                int at = (int) (start + (long) step * ((long) i * n / count));
                int b = bgr.get(at) & 0xff;
                int g = bgr.get(at + 1) & 0xff;
                int r = bgr.get(at + 2) & 0xff;
                int luma = (29 * b + 150 * g + 77 * r) >> 8;
                sum += luma;
                squares += (long) luma * luma;
            }
            mean = sum / (double) count;
            sd = Math.sqrt(Math.max(0, squares / (double) count - mean * mean));
        }
    }
}
