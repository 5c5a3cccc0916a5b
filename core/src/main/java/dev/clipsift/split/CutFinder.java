package dev.clipsift.split;

import java.util.List;

/** A detector's state while it reads one video: fed every frame in order, then asked for its cuts. */
interface CutFinder extends AutoCloseable {
    /** Frame {@code index} as packed BGR, {@code width} x {@code height}. The array is reused after the call. */
    void frame(int index, byte[] bgr, int width, int height);

    /** The first frames of new shots, after the last frame ({@code lastIndex}) was fed. */
    List<Integer> finish(int lastIndex);

    @Override
    default void close() {}
}
