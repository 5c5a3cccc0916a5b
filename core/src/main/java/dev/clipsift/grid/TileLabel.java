package dev.clipsift.grid;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgproc.FONT_HERSHEY_SIMPLEX;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.getTextSize;
import static org.bytedeco.opencv.global.opencv_imgproc.putText;

import java.util.Locale;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * A one-line caption (file name and duration) drawn over the bottom of a tile: a darkened band with white
 * anti-aliased text. The text is rendered once with OpenCV's Hershey font into a coverage mask; each frame
 * only blends the mask. Hershey fonts are ASCII-only, so other characters show as '?'.
 */
final class TileLabel {
    private static final int DARKEN_PERCENT = 40;

    private final int width;
    private final int bandHeight;
    private final byte[] coverage;

    private TileLabel(int width, int bandHeight, byte[] coverage) {
        this.width = width;
        this.bandHeight = bandHeight;
        this.coverage = coverage;
    }

    /** Renders "name  12.3s" to fit {@code tileW}, shortening the name with ".." when it is too long. */
    static TileLabel render(String fileName, double durationS, int tileW, int tileH) {
        double scale = Math.max(0.25, tileH / 300.0);
        int[] baseline = new int[1];
        String duration = durationS > 0 ? String.format(Locale.ROOT, "  %.1fs", durationS) : "";
        String name = ascii(fileName);
        String text = name + duration;
        int pad = Math.max(1, tileH / 50);
        Size size = getTextSize(text, FONT_HERSHEY_SIMPLEX, scale, 1, baseline);
        while (size.width() > tileW - 2 * pad && name.length() > 1) {
            name = name.substring(0, name.length() - 1);
            text = name + ".." + duration;
            size = getTextSize(text, FONT_HERSHEY_SIMPLEX, scale, 1, baseline);
        }
        int band = Math.min(tileH, size.height() + baseline[0] + 2 * pad);
        byte[] mask = new byte[tileW * band];
        try (Mat mat = new Mat(band, tileW, CV_8UC1, Scalar.all(0));
                Point origin = new Point(pad, band - pad - baseline[0]);
                Scalar white = Scalar.all(255)) {
            putText(mat, text, origin, FONT_HERSHEY_SIMPLEX, scale, white, 1, LINE_AA, false);
            mat.data().capacity((long) tileW * band).get(mask);
        }
        size.close();
        return new TileLabel(tileW, band, mask);
    }

    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.append(c >= 32 && c < 127 ? (char) c : '?'));
        return sb.toString();
    }

    /** Draws the label over the bottom rows of a packed BGR tile of {@code width x tileH}. */
    void drawOnto(byte[] tile, int tileH) {
        int top = tileH - bandHeight;
        for (int y = 0; y < bandHeight; y++) {
            int row = (top + y) * width * 3;
            for (int x = 0; x < width; x++) {
                int a = coverage[y * width + x] & 0xFF;
                for (int c = 0; c < 3; c++) {
                    int i = row + x * 3 + c;
                    int dark = (tile[i] & 0xFF) * DARKEN_PERCENT / 100;
                    tile[i] = (byte) (dark + (255 - dark) * a / 255);
                }
            }
        }
    }
}
