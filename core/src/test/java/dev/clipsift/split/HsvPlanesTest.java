package dev.clipsift.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2HSV;

import java.util.Random;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

class HsvPlanesTest {

    /** Every grey level, the primaries and secondaries, and many random colours. */
    private static byte[] samplePixels(int n) {
        byte[] bgr = new byte[n * 3];
        new Random(7).nextBytes(bgr);
        for (int v = 0; v < 256; v++) {
            bgr[v * 3] = bgr[v * 3 + 1] = bgr[v * 3 + 2] = (byte) v;
        }
        int[][] pure = {
            {255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {255, 255, 0}, {0, 255, 255}, {255, 0, 255}, {1, 0, 0}, {0, 1, 1}
        };
        for (int i = 0; i < pure.length; i++) {
            for (int c = 0; c < 3; c++) {
                bgr[(256 + i) * 3 + c] = (byte) pure[i][c];
            }
        }
        return bgr;
    }

    @Test
    void conversionMatchesOpenCvCvtColorBitForBit() {
        int w = 256;
        int h = 64;
        byte[] bgr = samplePixels(w * h);
        HsvPlanes planes = new HsvPlanes(w * h);
        planes.fromBgr(bgr);

        byte[] expected = new byte[w * h * 3];
        try (Mat src = new Mat(h, w, CV_8UC3);
                Mat dst = new Mat()) {
            src.data().put(bgr);
            opencv_imgproc.cvtColor(src, dst, COLOR_BGR2HSV);
            dst.data().get(expected);
        }
        for (int i = 0; i < w * h; i++) {
            int at = i;
            assertThat(new int[] {planes.hue[i] & 0xFF, planes.sat[i] & 0xFF, planes.val[i] & 0xFF})
                    .as(() -> "pixel %d BGR(%d,%d,%d)"
                            .formatted(at, bgr[at * 3] & 0xFF, bgr[at * 3 + 1] & 0xFF, bgr[at * 3 + 2] & 0xFF))
                    .containsExactly(expected[i * 3] & 0xFF, expected[i * 3 + 1] & 0xFF, expected[i * 3 + 2] & 0xFF);
        }
    }

    @Test
    void hueStaysWithinOpenCvsHalfDegreeRange() {
        byte[] bgr = samplePixels(1 << 14);
        HsvPlanes planes = new HsvPlanes(1 << 14);
        planes.fromBgr(bgr);
        for (byte hue : planes.hue) {
            assertThat(hue & 0xFF).isLessThan(180);
        }
    }

    @Test
    void meanDistanceIsTheMeanAbsoluteDifference() {
        byte[] a = {0, 10, (byte) 200, (byte) 255};
        byte[] b = {5, 0, (byte) 210, 0};
        assertThat(HsvPlanes.meanDistance(a, b)).isEqualTo((5 + 10 + 10 + 255) / 4.0);
    }
}
