package dev.clipsift.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransNetWindowsTest {

    /** Frames whose first byte is their own number; the fake model "predicts" that number for each frame. */
    private static List<Float> run(int frames, AtomicInteger calls) {
        TransNetWindows w = new TransNetWindows(window -> {
            calls.incrementAndGet();
            assertThat(window).hasSize(TransNetWindows.WINDOW);
            float[] p = new float[window.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = window.get(i)[0] & 0xFF;
            }
            return p;
        });
        byte[] frame = new byte[4];
        for (int i = 0; i < frames; i++) {
            frame[0] = (byte) i;
            w.add(frame);
        }
        return w.finish();
    }

    @Test
    void everyFrameGetsTheModelsPredictionForItselfWhateverTheLength() {
        for (int frames : new int[] {1, 49, 50, 51, 130, 200}) {
            AtomicInteger calls = new AtomicInteger();
            List<Float> p = run(frames, calls);
            List<Float> expected = new ArrayList<>();
            for (int i = 0; i < frames; i++) {
                expected.add((float) i);
            }
            assertThat(p).as("%d frames", frames).isEqualTo(expected);
            assertThat(calls.get()).as("windows for %d frames", frames).isEqualTo((frames + 49) / 50);
        }
    }

    @Test
    void noFramesMeansNoPredictions() {
        assertThat(run(0, new AtomicInteger())).isEmpty();
    }
}
