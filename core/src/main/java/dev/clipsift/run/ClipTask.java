package dev.clipsift.run;

import dev.clipsift.split.Shot;

/**
 * One clip of a video ({@code index} of the video's spans), or, when the video has no clips (failed or too
 * short), the video alone with {@code span} null. {@code record} is filled in by transcoding.
 */
record ClipTask(VideoTask video, int index, Shot span, ClipRecord record) {
    boolean isClip() {
        return span != null;
    }

    String clipId() {
        return Ids.clip(video.relativePath(), span);
    }

    ClipTask withRecord(ClipRecord r) {
        return new ClipTask(video, index, span, r);
    }
}
