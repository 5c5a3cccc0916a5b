package dev.clipsift.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clipsift.TestData;
import dev.clipsift.engine.FrameNeed;
import dev.clipsift.engine.FrameSample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The motion scores on generated videos of known motion (320x240, 25 fps, scored on 256x192 frames at 2 fps) and
 * on real footage: their direction and size, and that they depend neither on the frame size nor on the rate the
 * frames were sampled at.
 */
class MotionMeterTest {
    @TempDir
    static Path tmp;

    /** A still texture. */
    static Path still;

    /** The texture panning 1 px a frame: 0.8 px a frame on the 256x192 frames scored. */
    static Path pan;

    /** A 60x60 textured square crossing the still texture at 2 px a frame. */
    static Path object;

    /** Three stills of 2 s each (hard cuts at frames 50 and 100). */
    static Path slides;

    @BeforeAll
    static void videos() throws IOException {
        still = MotionFrames.video(tmp.resolve("still.mp4"), 100, (i, x, y) -> MotionFrames.texture(x, y, 0));
        pan = MotionFrames.video(tmp.resolve("pan.mp4"), 100, (i, x, y) -> MotionFrames.texture(x + i, y, 0));
        object = MotionFrames.video(tmp.resolve("object.mp4"), 100, (i, x, y) -> {
            int ox = 20 + 2 * i;
            boolean inside = x >= ox && x < ox + 60 && y >= 90 && y < 150;
            return inside ? MotionFrames.texture(x - ox, y - 90, 2) : MotionFrames.texture(x, y, 0);
        });
        slides = MotionFrames.video(tmp.resolve("slides.mp4"), 150, (i, x, y) -> MotionFrames.texture(x, y, i / 50));
    }

    static MotionMeter.Motion motion(Path video) throws IOException {
        return MotionMeter.measure(MotionFrames.sample(video));
    }

    @Test
    void aStillTextureHasNoMotionAndAPanMovesAsFarAsItWasPainted() throws IOException {
        MotionMeter.Motion s = motion(still);
        MotionMeter.Motion p = motion(pan);

        assertThat(s.pairs()).isEqualTo(7);
        assertThat(s.globalMean()).isLessThan(1e-5);
        assertThat(p.globalMean())
                .isGreaterThan(100 * s.globalMean())
                .isGreaterThan(MotionConfig.GLOBAL_MEAN_THRESHOLD);
        assertThat(p.globalMean() * (256 + 192))
                .as("pixels a frame on the scored frames")
                .isCloseTo(0.8, within(0.15));
        assertThat(p.perPatchMin256()).as("every patch moves").isGreaterThan(0.8 * p.globalMean());
    }

    @Test
    void aMovingObjectOnAStillBackgroundMovesButLeavesStillPatches() throws IOException {
        MotionMeter.Motion s = motion(still);
        MotionMeter.Motion o = motion(object);

        assertThat(o.globalMean())
                .isGreaterThan(20 * s.globalMean())
                .isLessThan(motion(pan).globalMean());
        assertThat(o.perPatchMin256())
                .as("patches the object never crosses")
                .isLessThan(MotionConfig.PER_PATCH_MIN_256_THRESHOLD)
                .isLessThan(o.globalMean() / 100);
    }

    @Test
    void aSlideshowMovesOnlyAtItsCutsSoFarLessThanAPan() throws IOException {
        MotionMeter.Motion sl = motion(slides);

        assertThat(sl.pairs()).isEqualTo(11);
        assertThat(sl.globalMean())
                .isLessThan(motion(pan).globalMean() / 2)
                .isGreaterThan(motion(still).globalMean());
    }

    @Test
    void theScoresDependNeitherOnTheFrameSizeNorOnTheSamplingRate() throws IOException {
        double base = motion(pan).globalMean();

        double small = MotionMeter.measure(MotionFrames.sample(pan, new FrameNeed(2, 128, 40), 0, 99))
                .globalMean();
        double dense = MotionMeter.measure(MotionFrames.sample(pan, new FrameNeed(5, 256, 40), 0, 99))
                .globalMean();
        double capped = MotionMeter.measure(MotionFrames.sample(pan, new FrameNeed(2, 256, 4), 0, 99))
                .globalMean();

        assertThat(small).isCloseTo(base, within(0.15 * base));
        assertThat(dense).isCloseTo(base, within(0.15 * base));
        assertThat(capped).as("4 frames spread over 4 s").isCloseTo(base, within(0.15 * base));
    }

    @Test
    void realFootageOrdersAsItsContent() throws IOException {
        Path bikesFile = TestData.video("bikes.mp4");
        MotionMeter.Motion bunny = motion(TestData.video("bigbuckbunny.mp4"));
        MotionMeter.Motion photo =
                MotionMeter.measure(MotionFrames.sample(TestData.video("testvideo.mp4"), MotionFrames.NEED, 30, 179));
        MotionMeter.Motion bikes = MotionMeter.measure(MotionFrames.sample(bikesFile, MotionFrames.NEED, 76, 136));

        assertThat(photo.globalMean()).as("a still photo").isLessThan(1e-5);
        assertThat(bunny.globalMean())
                .as("static camera, the rabbit walks")
                .isGreaterThan(50 * photo.globalMean())
                .isGreaterThan(50 * motion(still).globalMean());
        assertThat(bunny.perPatchMin256()).as("real footage has no dead patch").isGreaterThan(1e-6);
        assertThat(bikes.globalMean())
                .as("the camera follows the traffic")
                .isGreaterThan(2 * bunny.globalMean())
                .isGreaterThan(MotionConfig.GLOBAL_MEAN_THRESHOLD);
    }

    @Test
    void fewerThanTwoFramesMeasureNothing() throws IOException {
        List<FrameSample> one = MotionFrames.sample(pan).subList(0, 1);

        assertThat(MotionMeter.measure(one)).isEqualTo(new MotionMeter.Motion(0, 0, 0));
        assertThat(MotionMeter.measure(List.of())).isEqualTo(new MotionMeter.Motion(0, 0, 0));
    }

    @Test
    void thePatchGridIsTheOneCosmosLaysOnA1080pFrame() {
        assertThat(MotionMeter.grid(1920, 1080)).containsExactly(8, 4);
        assertThat(MotionMeter.grid(256, 144)).containsExactly(8, 4);
        assertThat(MotionMeter.grid(144, 256)).containsExactly(4, 8);
        assertThat(MotionMeter.grid(256, 192)).containsExactly(6, 4);
        assertThat(MotionMeter.grid(3, 2)).containsExactly(3, 2);

        double[] map = new double[16 * 9];
        java.util.Arrays.fill(map, 1.0);
        for (int y = 0; y < 2; y++) {
            for (int x = 14; x < 16; x++) {
                map[y * 16 + x] = 0.0;
            }
        }
        assertThat(MotionMeter.minPatchMean(map, 16, 9))
                .as("the top-right patch (2x2 pixels) is still")
                .isZero();
    }
}
