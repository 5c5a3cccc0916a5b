package dev.clipsift.model;

import java.util.List;

/** A video's clips by status. */
public record ClipCounts(int total, int ok, int failed, int filtered, int duplicate) {
    public static final ClipCounts NONE = new ClipCounts(0, 0, 0, 0, 0);

    /** The counts of {@code clips} by their status. */
    public static ClipCounts of(List<ClipRecord> clips) {
        int[] n = new int[Status.State.values().length];
        clips.forEach(c -> n[c.status().state().ordinal()]++);
        return new ClipCounts(
                clips.size(),
                n[Status.State.OK.ordinal()],
                n[Status.State.FAILED.ordinal()],
                n[Status.State.FILTERED.ordinal()],
                n[Status.State.DUPLICATE.ordinal()]);
    }
}
