package dev.clipsift.model;

/**
 * Where a clip lies in its source: seconds from the start of its first frame to the end of its last, and its
 * first and last frames (0-based, inclusive).
 */
public record Span(double startS, double endS, int startFrame, int endFrame) {
    public Span {
        if (startFrame < 0 || endFrame < startFrame || endS < startS) {
            throw new IllegalArgumentException("a span ends after it starts");
        }
    }

    /** The span of frames {@code start..end} of a video at {@code fps}, its times rounded to milliseconds. */
    public static Span ofFrames(int start, int end, double fps) {
        return new Span(round3(start / fps), round3((end + 1) / fps), start, end);
    }

    public int frames() {
        return endFrame - startFrame + 1;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
