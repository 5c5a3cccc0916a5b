package dev.clipsift.engine;

import java.util.Map;

/**
 * What a clip stage spent in one session: clips it worked on, frames it read from the shared decode, the wall
 * time of its work (summed over workers; the decode that made the frames is not in it) and counters of its own
 * ({@code requests}, {@code output_tokens}, ...).
 */
public record StageCost(long clips, long frames, double millis, Map<String, Long> counts) {
    public StageCost {
        counts = Map.copyOf(counts);
    }

    /** Each counter per second of the stage's work. */
    public Map<String, Double> perSecond() {
        Map<String, Double> m = new java.util.TreeMap<>();
        counts.forEach((k, v) -> m.put(k, millis > 0 ? v * 1000.0 / millis : 0));
        return m;
    }

    /** Milliseconds per frame read, or per clip when it reads no frames; 0 before any work. */
    public double msPerFrame() {
        return frames > 0 ? millis / frames : 0;
    }

    public double msPerClip() {
        return clips > 0 ? millis / clips : 0;
    }
}
