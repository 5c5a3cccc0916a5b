package dev.clipsift.ocr;

import java.util.List;

/**
 * Greedy CTC decoding of the recogniser's output as PaddleOCR does it: the best class per time step, repeats
 * collapsed, blanks (class 0) dropped; class {@code i} (1-based) is line {@code i} of the key file and the class
 * after the last key is a space. The confidence is the mean probability of the characters kept (0 when none).
 */
final class CtcDecoder {
    private final List<String> keys;

    /** {@code keys}: the alphabet, one entry per class after the blank, without the trailing space class. */
    CtcDecoder(List<String> keys) {
        this.keys = List.copyOf(keys);
    }

    /** How many classes the recogniser must output: blank, the keys, space. */
    int classes() {
        return keys.size() + 2;
    }

    /** What one line reads: its text and confidence. */
    record Reading(String text, double confidence) {}

    /** Decodes {@code probs}: {@code steps} rows of {@link #classes()} probabilities from {@code offset}. */
    Reading decode(float[] probs, int offset, int steps) {
        int c = classes();
        StringBuilder text = new StringBuilder();
        double sum = 0;
        int kept = 0;
        int previous = -1;
        for (int t = 0; t < steps; t++) {
            int row = offset + t * c;
            int best = 0;
            for (int k = 1; k < c; k++) {
                if (probs[row + k] > probs[row + best]) {
                    best = k;
                }
            }
            if (best != 0 && best != previous) {
                text.append(best == c - 1 ? " " : keys.get(best - 1));
                sum += probs[row + best];
                kept++;
            }
            previous = best;
        }
        return new Reading(text.toString(), kept == 0 ? 0 : sum / kept);
    }
}
