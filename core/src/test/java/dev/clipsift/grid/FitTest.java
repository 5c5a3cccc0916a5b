package dev.clipsift.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FitTest {
    @Test
    void aWiderPictureIsLetterboxedAndCentred() {
        assertThat(Fit.of(640, 272, 1.0, 192, 108)).isEqualTo(new Fit(0, 13, 192, 82));
    }

    @Test
    void aNarrowerPictureIsPillarboxedAndScaledUp() {
        assertThat(Fit.of(176, 144, 1.0, 192, 108)).isEqualTo(new Fit(30, 0, 132, 108));
        assertThat(Fit.of(1080, 1920, 1.0, 192, 108)).isEqualTo(new Fit(65, 0, 61, 108));
    }

    @Test
    void theSameAspectFillsTheTile() {
        assertThat(Fit.of(1920, 1080, 1.0, 192, 108)).isEqualTo(new Fit(0, 0, 192, 108));
    }

    @Test
    void nonSquarePixelsAreFittedByTheirDisplayAspect() {
        // 720x576 with 16:15 pixels displays 4:3 (768x576)
        assertThat(Fit.of(720, 576, 16.0 / 15, 192, 108)).isEqualTo(new Fit(24, 0, 144, 108));
    }
}
