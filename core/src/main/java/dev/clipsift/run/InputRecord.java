package dev.clipsift.run;

import dev.clipsift.probe.VideoRecord;
import java.util.List;
import java.util.Map;

/**
 * {@code videos/<id>.json}: one input video, written once all its clips are written, so its presence marks the
 * video done (resume skips it). {@code probe} is the probe record; {@code shots} what splitting found;
 * {@code clipIds} the clips in span order. {@code errors} maps {@code stage.reason} to a one-line message
 * (the video's own and, prefixed by clip id, its clips'); {@code valid} is true when there are none.
 * {@code sourceVideo} is the video as shown ({@code s3://bucket/key}, a URL without credentials, a path);
 * {@code license} and {@code provenance} are the run's, when given.
 */
public record InputRecord(
        String id,
        String sourceVideo,
        String relativePath,
        VideoRecord probe,
        Double splitFps,
        Integer splitFrames,
        Integer shots,
        int clips,
        int clipsOk,
        int clipsFailed,
        List<String> clipIds,
        Map<String, String> errors,
        boolean valid,
        String license,
        String provenance) {}
