package dev.clipsift.engine;

/**
 * One decoded frame handed to a stage: its frame number in the source video, its time there in seconds, its
 * size and its pixels as packed BGR bytes, rows without padding ({@code width * 3} bytes each). Shared between
 * stages: read it, never change it.
 */
public record FrameSample(int frame, double timeS, int width, int height, byte[] bgr) {
    public FrameSample {
        if (bgr.length != width * height * 3) {
            throw new IllegalArgumentException("expected " + width * height * 3 + " BGR bytes, got " + bgr.length);
        }
    }
}
