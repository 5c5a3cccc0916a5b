package dev.clipsift.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Greedy CTC decoding over the alphabet "a", "b", "c": class 0 blank, 1..3 the keys, 4 the space. */
class CtcDecoderTest {
    private final CtcDecoder decoder = new CtcDecoder(List.of("a", "b", "c"));

    /** One time step per entry: the class that wins with probability {@code p}, the rest shared out. */
    private static float[] steps(int[] best, float p) {
        float[] probs = new float[best.length * 5];
        for (int t = 0; t < best.length; t++) {
            for (int k = 0; k < 5; k++) {
                probs[t * 5 + k] = k == best[t] ? p : (1 - p) / 4;
            }
        }
        return probs;
    }

    @Test
    void repeatsCollapseBlanksSeparateAndTheLastClassIsASpace() {
        assertThat(decoder.classes()).isEqualTo(5);
        CtcDecoder.Reading r = decoder.decode(steps(new int[] {1, 1, 0, 1, 2, 2, 4, 3, 0, 0}, 0.9f), 0, 10);
        assertThat(r.text()).isEqualTo("aab c");
        assertThat(r.confidence()).isCloseTo(0.9, within(1e-6));
    }

    @Test
    void onlyBlanksReadNothingWithConfidenceZero() {
        CtcDecoder.Reading r = decoder.decode(steps(new int[] {0, 0, 0}, 0.99f), 0, 3);
        assertThat(r.text()).isEmpty();
        assertThat(r.confidence()).isZero();
    }

    @Test
    void theConfidenceIsTheMeanOfTheCharactersKeptAndTheOffsetIsHonoured() {
        float[] probs = new float[2 * 5 + 3 * 5];
        System.arraycopy(steps(new int[] {3, 3, 2}, 0.6f), 0, probs, 10, 15);
        probs[10 + 3] = 0.8f; // the first "c" is surer; its repeat is not counted again
        CtcDecoder.Reading r = decoder.decode(probs, 10, 3);
        assertThat(r.text()).isEqualTo("cb");
        assertThat(r.confidence()).isCloseTo((0.8 + 0.6) / 2, within(1e-6));
    }
}
