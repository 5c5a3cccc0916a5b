package dev.clipsift.engine;

/**
 * What a clip stage spent in one session: clips it worked on, frames it read from the shared decode, and the
 * wall time of its work (summed over workers; the decode that made the frames is not in it).
 */
public record StageCost(long clips, long frames, double millis) {
    /** Milliseconds per frame read, or per clip when it reads no frames; 0 before any work. */
    public double msPerFrame() {
        return frames > 0 ? millis / frames : 0;
    }

    public double msPerClip() {
        return clips > 0 ? millis / clips : 0;
    }
}
