package dev.clipsift.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.TestFrames;
import dev.clipsift.TestVideos;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.engine.Models;
import dev.clipsift.model.Scores;
import dev.clipsift.model.SourceRef;
import dev.clipsift.video.FrameReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality score on the frames the run would hand the stage (1 fps, 512 px, at most 8): distorted footage
 * ranks below pristine, and blurred, darkened and heavily re-compressed copies made at full size rank below
 * their source by a clear margin, also where the decode scaled the frames down (bigbuckbunny.mp4 is 1280x720,
 * so its 8x8 coding blocks are 3.2 px at the scored size). Clips no test has seen stay on the scale.
 */
class QualityScorerTest {
    /** 3 s of each source: 3 frames at 1 fps. */
    static final int SPAN = 75;

    static final double MARGIN = 1.0;

    @TempDir
    static Path tmp;

    static FrameMeter meter;

    @BeforeAll
    static void load() throws IOException {
        meter = new FrameMeter(Models.shipped(QualityStage.MODEL), Models.shipped(QualityStage.RANGE));
    }

    @AfterAll
    static void close() {
        meter.close();
    }

    /** The clip's scores over the first {@code span} frames of {@code video}, as the stage computes them. */
    static Scores score(Path video, int span) throws IOException {
        SourceRef source;
        try (FrameReader r = FrameReader.open(video, FrameReader.Options.bgr())) {
            source = new SourceRef(video.toString(), "v", r.width(), r.height(), r.fps());
        }
        List<FrameSample> frames = TestFrames.of(video, new QualityStage(QualityConfig.defaults()).frameNeed(), span);
        List<FrameMeasures> measures = new ArrayList<>();
        for (FrameSample f : frames) {
            measures.add(meter.measure(f, QualityStage.scale(f, source)));
        }
        return QualityStage.scores(null, measures);
    }

    static double quality(Path video) throws IOException {
        return score(video, SPAN).get("quality");
    }

    @Test
    void pristineCarphoneRanksAboveItsDistortedCopy() throws IOException {
        Scores pristine = score(TestData.video("carphone_pristine.mp4"), 120);
        Scores distorted = score(TestData.video("carphone_distorted.mp4"), 120);

        assertThat(pristine.get("quality")).isGreaterThan(distorted.get("quality") + MARGIN);
        assertThat(pristine.get("quality_brisque")).isGreaterThan(distorted.get("quality_brisque") + 0.2);
    }

    @Test
    void blurredDarkenedAndRecompressedCopiesOfBigBuckBunnyRankBelowIt() throws IOException {
        degradedCopiesRankBelow(TestData.video("bigbuckbunny.mp4"), "bbb");
    }

    @Test
    void blurredDarkenedAndRecompressedCopiesOfBikesRankBelowIt() throws IOException {
        degradedCopiesRankBelow(TestData.video("bikes.mp4"), "bikes");
    }

    private static void degradedCopiesRankBelow(Path source, String name) throws IOException {
        Scores original = score(source, SPAN);
        Scores blurred = score(DegradedCopies.blurred(source, SPAN, 3.0, tmp.resolve(name + "-blur.mkv")), SPAN);
        Scores dark = score(DegradedCopies.darkened(source, SPAN, 0.3, tmp.resolve(name + "-dark.mkv")), SPAN);
        Scores blocky =
                score(DegradedCopies.recompressed(source, SPAN, 100_000, tmp.resolve(name + "-mpeg4.mp4")), SPAN);

        double q = original.get("quality");
        assertThat(blurred.get("quality")).as("Gaussian blur, sigma 3").isLessThan(q - MARGIN);
        assertThat(blurred.get("quality_sharpness")).isLessThan(original.get("quality_sharpness"));
        assertThat(dark.get("quality")).as("darkened to 30 %").isLessThan(q - MARGIN);
        assertThat(dark.get("quality_exposure")).isLessThan(original.get("quality_exposure") - 0.3);
        assertThat(blocky.get("quality")).as("MPEG-4 at the coarsest quantiser").isLessThan(q - MARGIN);
        assertThat(blocky.get("quality_blockiness"))
                .as("8x8 blocks seen at the scored size")
                .isLessThan(original.get("quality_blockiness") - 0.5);
    }

    @Test
    void flatGreyBlackAndNoiseVideosStayOnTheScale() throws IOException {
        Path grey = TestVideos.video(320, 240, 25, 50)
                .codec("libopenh264")
                .write(tmp.resolve("grey.mp4"), (i, bgr, w, h) -> Arrays.fill(bgr, (byte) 128));
        Path black = TestVideos.video(320, 240, 25, 50)
                .codec("libopenh264")
                .write(tmp.resolve("black.mp4"), (i, bgr, w, h) -> Arrays.fill(bgr, (byte) 0));
        Random random = new Random(7);
        Path noise = TestVideos.video(320, 240, 25, 50)
                .codec("libopenh264")
                .write(tmp.resolve("noise.mp4"), (i, bgr, w, h) -> random.nextBytes(bgr));

        for (Path v : List.of(grey, black, noise)) {
            Scores s = score(v, 50);
            assertThat(s.values()).as(v.getFileName().toString()).hasSize(7).allSatisfy((k, x) -> assertThat(x)
                    .isNotNaN()
                    .isBetween(0.0, k.equals("quality") ? 10.0 : 1.0));
        }
        assertThat(score(grey, 50).get("quality"))
                .as("a blank clip falls below the default threshold")
                .isLessThan(QualityConfig.DEFAULT_THRESHOLD);
        assertThat(score(black, 50).get("quality")).isLessThan(QualityConfig.DEFAULT_THRESHOLD);
        assertThat(score(noise, 50).get("quality_brisque"))
                .as("BRISQUE sees noise")
                .isLessThan(0.1);
    }

    @Test
    void aTinyFrameIsScoredWithoutBrisque() {
        byte[] bgr = new byte[12 * 10 * 3];
        new Random(3).nextBytes(bgr);
        FrameMeasures m = meter.measure(new FrameSample(0, 0, 12, 10, bgr), 1);
        assertThat(m.brisque()).isNaN();
        Scores s = QualityStage.scores(null, List.of(m));
        assertThat(s.get("quality")).isBetween(0.0, 10.0);
        assertThat(s.get("quality_brisque")).isZero();
    }

    @Test
    void blockEdgesAreFoundAtAFractionalPeriodAndNotInSmoothPictures() {
        double[] steps = new double[512];
        for (int x = 0; x < steps.length; x++) {
            steps[x] = 1 + (Math.floor((x + 1) / 3.2) != Math.floor(x / 3.2) ? 20 : 0);
        }
        double[] smooth = new double[512];
        Arrays.fill(smooth, 5);
        assertThat(FrameMeter.periodicity(steps, 3.2, 0)).isGreaterThan(0.5);
        assertThat(FrameMeter.periodicity(smooth, 3.2, 0)).isLessThan(1e-9);
        assertThat(QualityScale.combine(new double[] {1, 1, 1, 1, 1, 1})).isEqualTo(10.0, within());
        assertThat(Arrays.stream(QualityScale.WEIGHTS).sum()).isEqualTo(1.0, within());
    }

    private static Offset<Double> within() {
        return Offset.offset(1e-9);
    }
}
