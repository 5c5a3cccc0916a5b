package dev.clipsift.grid;

import java.io.IOException;

/** None of the given files could be opened and decoded as a video, so there is no grid to make. */
public final class NoValidVideosException extends IOException {
    public NoValidVideosException(String message) {
        super(message);
    }
}
