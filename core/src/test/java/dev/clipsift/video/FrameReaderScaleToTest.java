package dev.clipsift.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clipsift.TestData;
import org.junit.jupiter.api.Test;

class FrameReaderScaleToTest {
    @Test
    void scaleToGivesFramesOfExactlyThatSizeUpOrDownAndKeepsTheSourceSize() throws Exception {
        try (FrameReader r = FrameReader.open(TestData.video("bikes.mp4"), FrameReader.Options.bgr())) {
            r.scaleTo(101, 37);
            FrameReader.Picture p = new FrameReader.Picture();
            assertThat(r.next(p)).isTrue();
            assertThat(p.width).isEqualTo(101);
            assertThat(p.height).isEqualTo(37);
            assertThat(p.data).hasSize(101 * 37 * 3);
            assertThat(r.width()).isEqualTo(101);
            assertThat(r.sourceWidth()).isEqualTo(640);
            assertThat(r.sourceHeight()).isEqualTo(272);
            assertThat(r.durationS()).isCloseTo(10.0, within(0.1));
        }
        try (FrameReader r = FrameReader.open(TestData.video("carphone_pristine.mp4"), FrameReader.Options.bgr())) {
            r.scaleTo(352, 288);
            FrameReader.Picture p = new FrameReader.Picture();
            assertThat(r.next(p)).isTrue();
            assertThat(p.width).isEqualTo(352);
            assertThat(p.height).isEqualTo(288);
        }
    }

    @Test
    void sampleAspectRatioIsTheFilesPixelShapeOrOne() throws Exception {
        try (FrameReader r = FrameReader.open(TestData.video("carphone_pristine.mp4"), FrameReader.Options.bgr())) {
            assertThat(r.sampleAspectRatio()).isCloseTo(128.0 / 117, within(1e-9));
        }
        try (FrameReader r = FrameReader.open(TestData.video("bikes.mp4"), FrameReader.Options.bgr())) {
            assertThat(r.sampleAspectRatio()).isEqualTo(1.0);
        }
    }
}
