package dev.clipsift.grid;

/**
 * Hears how a grid video is coming along. Calls come from the thread that called
 * {@link GridVideoMaker#make}, except {@link #warning}, which may come from a decoding thread.
 */
public interface GridListener {
    /** Hears nothing. */
    GridListener NONE = new GridListener() {};

    /** Decoding starts: {@code tiles} videos opened fine, {@code frames} frames to write with {@code encoder}. */
    default void started(int tiles, int frames, String encoder) {}

    /** A file was skipped or a tile stopped early: one line, with the file and the reason. */
    default void warning(String message) {}

    /** {@code done} of {@code total} output frames are encoded. */
    default void framesWritten(int done, int total) {}
}
