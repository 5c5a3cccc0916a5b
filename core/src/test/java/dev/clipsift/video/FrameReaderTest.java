package dev.clipsift.video;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import org.junit.jupiter.api.Test;

class FrameReaderTest {

    private static int[] size(String file, FrameReader.Options options) throws Exception {
        try (FrameReader r = FrameReader.open(TestData.video(file), options)) {
            FrameReader.Picture p = new FrameReader.Picture();
            assertThat(r.next(p)).isTrue();
            assertThat(p.data).hasSize(p.width * p.height * p.channels);
            return new int[] {r.sourceWidth(), r.sourceHeight(), p.width, p.height};
        }
    }

    @Test
    void autoDownscaleDividesByWidthOver256AsPySceneDetectDoes() throws Exception {
        FrameReader.Options auto = FrameReader.Options.bgr().withDownscale(0);
        assertThat(size("testvideo.mp4", auto)).containsExactly(1280, 720, 256, 144);
        assertThat(size("bikes.mp4", auto)).containsExactly(640, 272, 320, 136);
        assertThat(size("fades.mp4", auto)).containsExactly(480, 320, 480, 320);
        assertThat(size("carphone_pristine.mp4", auto)).containsExactly(176, 144, 176, 144);
    }

    @Test
    void anExplicitFactorAndFullSizeAreHonoured() throws Exception {
        assertThat(size("bikes.mp4", FrameReader.Options.bgr().withDownscale(3)))
                .containsExactly(640, 272, 213, 91);
        assertThat(size("bikes.mp4", FrameReader.Options.bgr())).containsExactly(640, 272, 640, 272);
    }

    @Test
    void everyFrameIsDecodedAndNumberedFromZero() throws Exception {
        try (FrameReader r = FrameReader.open(
                TestData.video("bikes.mp4"), FrameReader.Options.bgr().withDownscale(0))) {
            FrameReader.Picture p = new FrameReader.Picture();
            int n = 0;
            while (r.next(p)) {
                assertThat(p.index).isEqualTo(n++);
            }
            assertThat(n).isEqualTo(250);
        }
    }
}
