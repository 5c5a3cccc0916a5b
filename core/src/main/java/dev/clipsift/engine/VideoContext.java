package dev.clipsift.engine;

import dev.clipsift.model.InputRecord;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The video a clip belongs to, as far as the run has got with it: the draft of its record ({@code draft}:
 * probe, split, clip ids, the video's own errors), the local file the stages read (null when the video
 * failed before one was had), whether that file is a download to delete once the video is done, and the
 * frame rate its frames are numbered at.
 */
public record VideoContext(InputRecord draft, @Nullable Path file, boolean downloaded, double fps) {
    public String id() {
        return draft.id();
    }
}
