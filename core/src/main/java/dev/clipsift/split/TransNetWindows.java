package dev.clipsift.split;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * TransNetV2's sliding windows over a stream of small frames: 100 frames a window, advancing by 50, the
 * video padded with 25 copies of its first frame in front and copies of its last frame behind up to a whole
 * number of windows; each window yields predictions for its middle 50 frames. Streams, so memory stays at
 * one window whatever the video's length. The model is called through {@link Model}.
 */
final class TransNetWindows {
    static final int WINDOW = 100;
    static final int STEP = 50;
    static final int CONTEXT = 25;

    /** Runs the model on one window of {@code WINDOW} frames, returning one transition probability per frame. */
    interface Model {
        float[] predict(List<byte[]> window);
    }

    private final Model model;
    private final Deque<byte[]> window = new ArrayDeque<>(WINDOW);
    private final List<Float> predictions = new ArrayList<>();
    private byte[] last;
    private int frames;

    TransNetWindows(Model model) {
        this.model = model;
    }

    /** Adds the next frame (copied: callers may reuse the array). */
    void add(byte[] frame) {
        byte[] copy = frame.clone();
        if (frames == 0) {
            for (int i = 0; i < CONTEXT; i++) {
                push(copy);
            }
        }
        frames++;
        last = copy;
        push(copy);
    }

    private void push(byte[] frame) {
        window.addLast(frame);
        if (window.size() == WINDOW) {
            float[] p = model.predict(new ArrayList<>(window));
            for (int i = CONTEXT; i < CONTEXT + STEP; i++) {
                predictions.add(p[i]);
            }
            for (int i = 0; i < STEP; i++) {
                window.removeFirst();
            }
        }
    }

    /** Pads the end and returns one probability per frame added. */
    List<Float> finish() {
        if (frames == 0) {
            return List.of();
        }
        int padEnd = CONTEXT + STEP - (frames % STEP == 0 ? STEP : frames % STEP);
        for (int i = 0; i < padEnd; i++) {
            push(last);
        }
        return predictions.subList(0, frames);
    }
}
