package dev.clipsift.engine;

import dev.clipsift.model.ClipRecord;
import dev.clipsift.pipeline.Failable;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What flows through the clip stages: one clip ({@code index} of its video's clips) with its record and the
 * frames the shared decode sampled for the stages that asked ({@link FrameNeed}). A video without clips (it
 * failed, or all its shots were too short) travels as one item with a null record, so the record stage still
 * hears of it; clip stages pass such items through.
 */
public record ClipItem(
        VideoContext video, int index, @Nullable ClipRecord record, Map<FrameNeed, List<FrameSample>> frames)
        implements Failable<ClipItem> {

    public ClipItem {
        frames = frames == null ? Map.of() : Map.copyOf(frames);
    }

    /** The item of a video that has no clips. */
    public static ClipItem noClips(VideoContext video) {
        return new ClipItem(video, 0, null, Map.of());
    }

    public boolean isClip() {
        return record != null;
    }

    /** A clip with errors, or the item of a video that failed itself (a video whose shots were all too short has not). */
    @Override
    public boolean failed() {
        return record != null ? !record.valid() : !video.draft().errors().isEmpty();
    }

    @Override
    public ClipItem withError(String key, String message) {
        return new ClipItem(video, index, record.withError(key, message), frames);
    }

    public ClipItem withRecord(ClipRecord r) {
        return new ClipItem(video, index, r, frames);
    }

    public ClipItem withFrames(Map<FrameNeed, List<FrameSample>> f) {
        return new ClipItem(video, index, record, f);
    }

    /** The frames sampled for {@code need}; empty when none were (the stage is done on this clip, or the clip failed). */
    public List<FrameSample> frames(FrameNeed need) {
        return frames.getOrDefault(need, List.of());
    }
}
