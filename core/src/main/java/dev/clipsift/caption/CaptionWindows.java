package dev.clipsift.caption;

import java.util.ArrayList;
import java.util.List;

/**
 * How a clip is cut into caption windows, as cosmos-curate cuts it: windows of {@code size} source frames from
 * the clip's first frame; what is left at the end is a window of its own when it has at least
 * {@code minRemainder} frames, else it joins the last full window. A clip shorter than one window is one window.
 */
final class CaptionWindows {
    private CaptionWindows() {}

    /** A window, source frames {@code [start, end)}. */
    record Window(int start, int end) {
        boolean holds(int frame) {
            return frame >= start && frame < end;
        }
    }

    static List<Window> of(int firstFrame, int frames, int size, int minRemainder) {
        List<Window> out = new ArrayList<>();
        int full = frames / size;
        int rest = frames - full * size;
        for (int i = 0; i < full; i++) {
            out.add(new Window(firstFrame + i * size, firstFrame + (i + 1) * size));
        }
        int end = firstFrame + frames;
        if (rest > 0) {
            if (out.isEmpty() || rest >= minRemainder) {
                out.add(new Window(firstFrame + full * size, end));
            } else {
                Window last = out.remove(out.size() - 1);
                out.add(new Window(last.start(), end));
            }
        }
        return out;
    }
}
