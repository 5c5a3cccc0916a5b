package dev.clipsift.model;

/** A video's clips by status. */
public record ClipCounts(int total, int ok, int failed, int filtered, int duplicate) {
    public static final ClipCounts NONE = new ClipCounts(0, 0, 0, 0, 0);
}
