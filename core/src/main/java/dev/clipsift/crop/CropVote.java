package dev.clipsift.crop;

import dev.clipsift.model.Crop;
import org.jspecify.annotations.Nullable;

/**
 * Agrees one crop over the frames of a clip span: the union of the voting frames' content boxes (the least crop:
 * bars must be bars in every frame), no crop when no frame voted. Per axis, the bars are then kept only when they
 * are near symmetric (letterbox and pillarbox are centred; otherwise only the part both sides share is
 * removed, so a lit subject on black is not cut to one side), rounded inward to even coordinates and sizes
 * (yuv420p), and dropped when they remove less than {@value #MIN_PX} px or 1 % of the dimension, or leave less than
 * a fifth of it (no real letterbox does). Not thread-safe: one per clip.
 */
public final class CropVote {
    static final int MIN_PX = 16;
    private static final double MIN_FRACTION = 0.01;
    private static final double MIN_KEPT = 0.2;

    private @Nullable ContentBox union;
    private int votes;

    /** Adds one frame's box; null (a frame that does not vote) is ignored. */
    public void add(@Nullable ContentBox box) {
        if (box != null) {
            union = union == null ? box : union.union(box);
            votes++;
        }
    }

    /** How many frames voted. */
    public int votes() {
        return votes;
    }

    /** The crop of a {@code width x height} picture that the votes agree on. */
    public Crop crop(int width, int height) {
        if (union == null) {
            return Crop.full(width, height);
        }
        int[] x = axis(union.left(), union.right(), width);
        int[] y = axis(union.top(), union.bottom(), height);
        return new Crop(x[0], y[0], x[1], y[1], width, height);
    }

    /** Start and size kept along one axis of {@code size} whose content spans {@code from..to-1}. */
    static int[] axis(int from, int to, int size) {
        int before = from;
        int after = size - to;
        int larger = Math.max(before, after);
        if (Math.abs(before - after) > Math.max(4, larger / 10)) {
            before = Math.min(before, after);
            after = before;
        }
        int start = (before + 1) & ~1;
        int end = (size - after) & ~1;
        int kept = end - start;
        int removed = size - kept;
        if (kept <= 0 || removed < MIN_PX || removed < MIN_FRACTION * size || kept < MIN_KEPT * size) {
            return new int[] {0, size};
        }
        return new int[] {start, kept};
    }
}
