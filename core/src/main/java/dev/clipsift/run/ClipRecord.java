package dev.clipsift.run;

import java.util.List;
import java.util.Map;

/**
 * {@code clips/<id>.json}: one clip, with cosmos-curate's per-clip fields. {@code spanS} and {@code spanFrames}
 * are the [start, end] of the clip in the source (seconds from the first frame's start to the last frame's
 * end; 0-based inclusive frames). The clip's own fields ({@code width} ... {@code bytes}) are read back from
 * the written file. {@code errors} maps {@code stage.reason} to a one-line message; {@code valid} is true
 * when there are none. {@code license} and {@code provenance} are the run's, when given.
 */
public record ClipRecord(
        String id,
        String sourceVideo,
        String sourceVideoId,
        List<Double> spanS,
        List<Integer> spanFrames,
        Integer sourceWidth,
        Integer sourceHeight,
        Double sourceFps,
        Integer width,
        Integer height,
        Double fps,
        Long frames,
        Double durationS,
        String codec,
        String pixelFormat,
        String encoder,
        String audioCodec,
        Long bytes,
        Map<String, String> errors,
        boolean valid,
        String license,
        String provenance) {}
