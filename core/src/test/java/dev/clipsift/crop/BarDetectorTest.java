package dev.clipsift.crop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.model.Crop;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BarDetectorTest {
    static final int W = 320;
    static final int H = 240;

    /** A packed BGR picture: black, with a textured bright picture in {@code x0..x1-1, y0..y1-1}. */
    static ByteBuffer picture(int x0, int y0, int x1, int y1) {
        ByteBuffer b = ByteBuffer.allocateDirect(W * H * 3);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int o = (y * W + x) * 3;
                b.put(o, (byte) (80 + (x * 3) % 100));
                b.put(o + 1, (byte) (100 + (y * 5) % 90));
                b.put(o + 2, (byte) 120);
            }
        }
        return b;
    }

    static ContentBox scan(ByteBuffer b) {
        return BarDetector.scan(b, W, H, W * 3);
    }

    @Test
    void findsTheLetterboxAndPillarboxContent() {
        assertThat(scan(picture(0, 30, W, 210))).isEqualTo(new ContentBox(0, 30, W, 210));
        assertThat(scan(picture(40, 0, 280, H))).isEqualTo(new ContentBox(40, 0, 280, H));
        assertThat(scan(picture(0, 0, W, H))).isEqualTo(new ContentBox(0, 0, W, H));
    }

    @Test
    void darkButTexturedRowsAreContentNotBars() {
        ByteBuffer b = picture(0, 40, W, H);
        SplittableRandom noise = new SplittableRandom(1);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < W; x++) {
                int v = 18 + noise.nextInt(-10, 11);
                for (int c = 0; c < 3; c++) {
                    b.put((y * W + x) * 3 + c, (byte) v);
                }
            }
        }
        assertThat(scan(b)).isEqualTo(new ContentBox(0, 0, W, H));
    }

    @Test
    void blackAndDimPicturesDoNotVote() {
        assertThat(scan(ByteBuffer.allocateDirect(W * H * 3))).isNull();
        ByteBuffer dim = ByteBuffer.allocateDirect(W * H * 3);
        for (int i = 0; i < W * H * 3; i++) {
            dim.put(i, (byte) (10 + (i / 3 % W) % 20));
        }
        assertThat(scan(dim)).isNull();
    }

    @Test
    void theVoteTakesTheLeastCropAndNoVoteMeansNoCrop() {
        CropVote vote = new CropVote();
        assertThat(vote.crop(W, H)).isEqualTo(Crop.full(W, H));
        vote.add(null);
        vote.add(new ContentBox(0, 30, W, 210));
        vote.add(new ContentBox(0, 34, W, 206));
        assertThat(vote.votes()).isEqualTo(2);
        assertThat(vote.crop(W, H)).isEqualTo(new Crop(0, 30, W, 180, W, H));
        vote.add(new ContentBox(0, 0, W, H));
        assertThat(vote.crop(W, H)).isEqualTo(Crop.full(W, H));
    }

    @Test
    void smallLopsidedOrOddBarsFollowTheRules() {
        assertThat(CropVote.axis(6, 234, 240)).as("12 px in all: ignored").containsExactly(0, 240);
        assertThat(CropVote.axis(31, 209, 240))
                .as("odd: rounded inward to even")
                .containsExactly(32, 176);
        assertThat(CropVote.axis(0, 180, 240))
                .as("one side only: nothing both share")
                .containsExactly(0, 240);
        assertThat(CropVote.axis(20, 170, 240)).as("lopsided: the shared part").containsExactly(20, 200);
        assertThat(CropVote.axis(110, 130, 240)).as("leaves under a fifth").containsExactly(0, 240);
    }
}
