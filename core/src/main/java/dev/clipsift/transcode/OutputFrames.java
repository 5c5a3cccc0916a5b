package dev.clipsift.transcode;

/**
 * Which source frames of a clip are written when the frame rate is capped. A clip of {@code sourceFrames}
 * at {@code sourceFps} keeps its duration: it gets {@code frames()} frames at {@code fps()}, taking
 * source frame {@code floor(k * sourceFrames / frames)} as output frame k. The rate only ever goes down.
 */
public record OutputFrames(int sourceFrames, double sourceFps, int frames, double fps) {

    public static OutputFrames of(int sourceFrames, double sourceFps, double maxFps, int maxFrames) {
        double fps = sourceFps;
        if (maxFps > 0 && maxFps < fps) {
            fps = maxFps;
        }
        double duration = sourceFrames / sourceFps;
        if (maxFrames > 0 && maxFrames / duration < fps) {
            fps = maxFrames / duration;
        }
        int frames = fps == sourceFps
                ? sourceFrames
                : Math.max(1, Math.min(sourceFrames, (int) Math.floor(sourceFrames * fps / sourceFps + 1e-9)));
        if (maxFrames > 0) {
            frames = Math.min(frames, maxFrames);
        }
        return new OutputFrames(
                sourceFrames, sourceFps, frames, frames == sourceFrames ? sourceFps : frames / duration);
    }

    /** The source frame (0-based within the clip) that output frame {@code k} shows. */
    public int sourceFrameOf(int k) {
        return (int) ((long) k * sourceFrames / frames);
    }
}
