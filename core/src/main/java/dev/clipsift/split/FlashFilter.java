package dev.clipsift.split;

import java.util.List;

/**
 * Enforces {@code min_scene_len} on frames whose score crossed the threshold, as PySceneDetect's flash
 * filter does. {@code merge} (the default) folds a burst of crossings closer than the length into one cut,
 * placed at the burst's last crossing once the burst has lasted the length and the score has stayed below
 * the threshold for that long; before the first cut, too-early crossings are simply dropped.
 * {@code suppress} drops any crossing closer than the length to the previous cut. Fresh per video.
 */
final class FlashFilter {
    static final List<String> MODES = List.of("merge", "suppress");

    private final boolean merge;
    private final int length;
    private int lastAbove = -1;
    private boolean mergeEnabled;
    private boolean merging;
    private int mergeStart;

    FlashFilter(String mode, int length) {
        this.merge = "merge".equals(mode);
        this.length = length;
    }

    /** Feeds frame {@code frame}; returns the frame of a cut decided now, or -1. */
    int accept(int frame, boolean above) {
        if (length <= 0) {
            return above ? frame : -1;
        }
        if (lastAbove < 0) {
            lastAbove = frame;
        }
        boolean longEnough = frame - lastAbove >= length;
        if (!merge) {
            if (above && longEnough) {
                lastAbove = frame;
                return frame;
            }
            return -1;
        }
        if (above) {
            lastAbove = frame;
        }
        if (merging) {
            if (longEnough && !above && lastAbove - mergeStart >= length) {
                merging = false;
                return lastAbove;
            }
            return -1;
        }
        if (!above) {
            return -1;
        }
        if (longEnough) {
            mergeEnabled = true;
            return frame;
        }
        if (mergeEnabled) {
            merging = true;
            mergeStart = frame;
        }
        return -1;
    }
}
