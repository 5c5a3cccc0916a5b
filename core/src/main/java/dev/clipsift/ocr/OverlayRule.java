package dev.clipsift.ocr;

/**
 * When a track of text is a persistent overlay, cosmos-curate's artificial-text rule adapted to sparse frames.
 * cosmos reads every 3rd frame and calls a track artificial when it holds {@code 10 // 3 = 3} sightings
 * (about 10 source frames) whose boxes overlap by IoU 0.9 from one to the next. Here a clip gives a few frames
 * (e.g. 2 a second, at most 6), so a track is an overlay when its box stays put (the mean IoU of consecutive
 * sightings, {@link TextTracks.Track#stability}, reaches {@code stabilityIou}) and it was seen on at least {@code minFrames} sampled frames (fewer
 * when the clip gave fewer frames, never fewer than 2) spanning at least {@link #MIN_SPAN_FRAMES} source
 * frames. Corner text (its box centre within {@code cornerMargin} of the width and the height of a corner, as
 * cosmos's corner zones) is a logo or watermark's place: there 2 sightings suffice. cosmos flags a clip with
 * corner text on more than a tenth of its frames with text; on a handful of samples that would make a single
 * detection enough, so corner placement here only relaxes the persistence. A margin of 0 turns the corner
 * rule off.
 */
record OverlayRule(double stabilityIou, int minFrames, double cornerMargin) {
    /** cosmos-curate's {@code MIN_DURATION_FRAMES}. */
    static final int MIN_SPAN_FRAMES = 10;

    OverlayRule {
        if (stabilityIou <= 0 || stabilityIou > 1) {
            throw new IllegalArgumentException("stability_iou must be in (0, 1], got " + stabilityIou);
        }
        if (minFrames < 2) {
            throw new IllegalArgumentException("min_frames must be at least 2, got " + minFrames);
        }
        if (cornerMargin < 0 || cornerMargin >= 0.5) {
            throw new IllegalArgumentException("corner_margin must be in [0, 0.5), got " + cornerMargin);
        }
    }

    /** Whether {@code track}, from a clip that gave {@code framesRead} frames of {@code width x height}, is an overlay. */
    boolean overlay(TextTracks.Track track, int framesRead, int width, int height) {
        int needed = Math.max(2, Math.min(minFrames, framesRead));
        if (cornerMargin > 0 && track.best().box().inCorner(width, height, cornerMargin)) {
            needed = 2;
        }
        return track.seen().size() >= needed
                && track.spanFrames() >= MIN_SPAN_FRAMES
                && track.stability() >= stabilityIou;
    }
}
