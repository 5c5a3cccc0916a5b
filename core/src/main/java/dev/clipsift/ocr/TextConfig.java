package dev.clipsift.ocr;

import dev.clipsift.engine.FilterMode;
import org.jspecify.annotations.Nullable;

/**
 * The {@code text} section: on-screen text scoring and its filter. {@code filter} {@code disable} (no OCR),
 * {@code score-only} (default: scores and regions written, nothing rejected) or {@code enable} (a clip with a
 * persistent overlay, or whose text covers more than {@code maxArea} of the picture, is filtered). The frames
 * read per clip: {@code fps} a second (default 2) at most {@code maxSide} px on the longer side (640, as
 * cosmos-curate's OCR) and at most {@code maxFrames} of them (6, spread over longer clips). What makes an
 * overlay ({@link OverlayRule}): {@code stabilityIou} (0.9), {@code minFrames} (3) and {@code cornerMargin}
 * (0.1; 0 turns the corner rule off). {@code modelDir}: a folder holding the PP-OCRv4 files under their
 * PaddleOCR names (default: the shipped {@code assets/models/ppocr}).
 */
public record TextConfig(
        FilterMode filter,
        Double fps,
        Integer maxSide,
        Integer maxFrames,
        Integer minFrames,
        Double stabilityIou,
        Double cornerMargin,
        Double maxArea,
        @Nullable String modelDir) {
    public TextConfig {
        filter = filter == null ? FilterMode.SCORE_ONLY : filter;
        fps = fps == null ? 2.0 : fps;
        maxSide = maxSide == null ? 640 : maxSide;
        maxFrames = maxFrames == null ? 6 : maxFrames;
        minFrames = minFrames == null ? 3 : minFrames;
        stabilityIou = stabilityIou == null ? 0.9 : stabilityIou;
        cornerMargin = cornerMargin == null ? 0.1 : cornerMargin;
        maxArea = maxArea == null ? 1.0 : maxArea;
        if (!(fps > 0)) {
            throw new IllegalArgumentException("text.fps must be positive, got " + fps);
        }
        if (maxSide < 32) {
            throw new IllegalArgumentException("text.max_side must be at least 32 px, got " + maxSide);
        }
        if (maxFrames < 1) {
            throw new IllegalArgumentException("text.max_frames must be at least 1, got " + maxFrames);
        }
        if (!(maxArea > 0 && maxArea <= 1)) {
            throw new IllegalArgumentException("text.max_area must be in (0, 1], got " + maxArea);
        }
        try {
            new OverlayRule(stabilityIou, minFrames, cornerMargin);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("text." + e.getMessage(), e);
        }
    }

    /** All defaults: score-only. */
    public static TextConfig defaults() {
        return new TextConfig(null, null, null, null, null, null, null, null, null);
    }

    OverlayRule overlayRule() {
        return new OverlayRule(stabilityIou, minFrames, cornerMargin);
    }
}
