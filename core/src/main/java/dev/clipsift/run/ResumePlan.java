package dev.clipsift.run;

import dev.clipsift.model.InputRecord;
import java.util.Map;

/**
 * What a resumed (or repeated) run does with a video it finds done in the folder: skip it when every clip
 * stage of this run left the same mark on it; take it up again, without probing or splitting, when a stage is
 * new or its parameters changed (only that stage runs); with {@code retryFailed}, take up a video that failed
 * (from scratch) or whose clips failed (their failed stages only).
 */
final class ResumePlan {
    enum Verdict {
        DONE,
        PARTLY_DONE,
        REDO
    }

    private final Map<String, String> marks;
    private final boolean retryFailed;

    /** @param marks every clip stage of this run -> its fingerprint */
    ResumePlan(Map<String, String> marks, boolean retryFailed) {
        this.marks = Map.copyOf(marks);
        this.retryFailed = retryFailed;
    }

    boolean retryFailed() {
        return retryFailed;
    }

    Verdict of(InputRecord video) {
        if (video.failedItself()) {
            return retryFailed ? Verdict.REDO : Verdict.DONE;
        }
        if (!video.stages().equals(marks) || retryFailed && !video.valid()) {
            return Verdict.PARTLY_DONE;
        }
        return Verdict.DONE;
    }
}
