package dev.clipsift.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.engine.FrameNeed;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.model.OnScreenText;
import dev.clipsift.model.TextRegion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorer on the frames the shared decode would give it at the default settings (2 a second, 640 px, at most
 * 6): real videos with and without a copyright line, and generated ones with a static or moving caption.
 */
class TextScorerTest {
    private static final TextConfig DEFAULTS = TextConfig.defaults();
    private static final FrameNeed NEED = new TextStage(DEFAULTS).frameNeed();

    @TempDir
    static Path tmp;

    static PaddleOcr ocr;
    static TextScorer scorer;

    @BeforeAll
    static void load() throws Exception {
        ocr = PaddleOcr.open(OcrModelFiles.in(null), 1);
        scorer = new TextScorer(ocr, DEFAULTS.overlayRule());
    }

    @AfterAll
    static void close() throws Exception {
        ocr.close();
    }

    static OnScreenText score(Path video, int first, int count, int clipW, int clipH) throws Exception {
        List<FrameSample> frames = SampledFrames.read(video, NEED, first, count);
        return scorer.score(frames, clipW, clipH);
    }

    /** testvideo.mp4 (1280x720): "Copyright (c) 2013 Brandon Castellano  www.bcastell.com" at the bottom. */
    @Test
    void theCopyrightLineOfTestvideoIsReadAndIsAnOverlay() throws Exception {
        OnScreenText text = score(TestData.video("testvideo.mp4"), 0, 150, 1280, 720);

        assertThat(text.framesRead()).isEqualTo(6);
        assertThat(text.overlay()).isTrue();
        assertThat(text.areaFraction()).isBetween(0.01, 0.1);
        TextRegion copyright = text.regions().stream()
                .filter(r -> r.text().contains("Copyright"))
                .findFirst()
                .orElseThrow();
        assertThat(copyright.text()).contains("2013 Brandon Castellano");
        assertThat(copyright.overlay()).isTrue();
        assertThat(copyright.frames()).isGreaterThanOrEqualTo(4);
        assertThat(copyright.confidence()).isGreaterThan(0.8);
        assertThat(copyright.y()).as("near the bottom, in clip pixels").isBetween(560, 640);
        assertThat(copyright.y() + copyright.h()).isBetween(620, 720);
        assertThat(copyright.x()).as("left half").isBetween(0, 200);
        assertThat(copyright.w()).isBetween(500, 800);
        assertThat(text.regions())
                .filteredOn(r -> r.text().contains("bcastell"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.overlay()).isTrue();
                    assertThat(r.x()).as("right half").isGreaterThan(640);
                });
    }

    @Test
    void bigBuckBunnyHasNoText() throws Exception {
        OnScreenText text = score(TestData.video("bigbuckbunny.mp4"), 0, 132, 1280, 720);

        assertThat(text.framesRead()).isEqualTo(6);
        assertThat(text.areaFraction()).isLessThan(0.002);
        assertThat(text.overlay()).isFalse();
    }

    @Test
    void aStaticCaptionCoversMoreOfThePictureAndIsAnOverlay() throws Exception {
        Path plain = CaptionVideos.write(tmp.resolve("plain.mp4"), 640, 360, 75, null, 0, 0, 0);
        Path captioned =
                CaptionVideos.write(tmp.resolve("caption.mp4"), 640, 360, 75, CaptionVideos.CAPTION, 60, 320, 0);

        OnScreenText without = score(plain, 0, 75, 640, 360);
        OnScreenText with = score(captioned, 0, 75, 640, 360);

        assertThat(without.areaFraction()).isLessThan(0.002);
        assertThat(without.overlay()).isFalse();
        assertThat(with.areaFraction()).isGreaterThan(0.02).isGreaterThan(10 * without.areaFraction());
        assertThat(with.overlay()).isTrue();
        assertThat(with.regions()).anySatisfy(r -> {
            assertThat(r.text().replace(" ", "")).contains("SALE");
            assertThat(r.overlay()).isTrue();
            assertThat(r.frames()).isEqualTo(with.framesRead());
            assertThat(r.y()).isBetween(280, 320);
        });
    }

    @Test
    void movingTextIsNoOverlay() throws Exception {
        Path scrolling =
                CaptionVideos.write(tmp.resolve("scroll.mp4"), 640, 360, 75, CaptionVideos.CAPTION, 600, 200, -8);
        Path crawling = CaptionVideos.write(tmp.resolve("crawl.mp4"), 640, 360, 75, CaptionVideos.CAPTION, 20, 200, 4);

        OnScreenText scroll = score(scrolling, 0, 75, 640, 360);
        OnScreenText crawl = score(crawling, 0, 75, 640, 360);

        assertThat(scroll.areaFraction()).as("text is found").isGreaterThan(0.01);
        assertThat(scroll.overlay()).isFalse();
        assertThat(crawl.areaFraction()).isGreaterThan(0.01);
        assertThat(crawl.overlay()).isFalse();
    }

    @Test
    void boxesTheRecogniserCannotReadAreNotText() {
        assertThat(TextScorer.readable(new CtcDecoder.Reading("TAXI", 0.99))).isTrue();
        assertThat(TextScorer.readable(new CtcDecoder.Reading("2013", 0.6))).isTrue();
        assertThat(TextScorer.readable(new CtcDecoder.Reading("\u25a0", 0.76)))
                .as("a lone symbol")
                .isFalse();
        assertThat(TextScorer.readable(new CtcDecoder.Reading("", 0.0))).isFalse();
        assertThat(TextScorer.readable(new CtcDecoder.Reading("9", 0.24)))
                .as("read without confidence")
                .isFalse();
    }
}
