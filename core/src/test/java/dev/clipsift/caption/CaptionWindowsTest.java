package dev.clipsift.caption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.caption.CaptionWindows.Window;
import org.junit.jupiter.api.Test;

/** cosmos-curate's windows: 256 frames, a remainder of 128 or more its own window, else merged into the last. */
class CaptionWindowsTest {
    @Test
    void aRemainderOfHalfAWindowOrMoreIsItsOwnWindow() {
        assertThat(CaptionWindows.of(100, 640, 256, 128))
                .containsExactly(new Window(100, 356), new Window(356, 612), new Window(612, 740));
        assertThat(CaptionWindows.of(0, 384, 256, 128)).containsExactly(new Window(0, 256), new Window(256, 384));
    }

    @Test
    void aShorterRemainderJoinsTheLastWindow() {
        assertThat(CaptionWindows.of(0, 600, 256, 128)).containsExactly(new Window(0, 256), new Window(256, 600));
        assertThat(CaptionWindows.of(0, 383, 256, 128)).containsExactly(new Window(0, 383));
    }

    @Test
    void aClipShorterThanAWindowIsOneWindowAndExactMultiplesHaveNoRemainder() {
        assertThat(CaptionWindows.of(7, 50, 256, 128)).containsExactly(new Window(7, 57));
        assertThat(CaptionWindows.of(0, 512, 256, 128)).containsExactly(new Window(0, 256), new Window(256, 512));
    }
}
