package dev.clipsift.preview;

import java.util.List;

/** A short, muted, loopable preview: frames of one size shown {@code frameIntervalMs} apart. */
public record PreviewFrames(int width, int height, long frameIntervalMs, List<BgraFrame> frames) {
    public PreviewFrames {
        frames = List.copyOf(frames);
    }
}
