package dev.clipsift.run;

import dev.clipsift.probe.VideoRecord;
import dev.clipsift.split.Shot;
import dev.clipsift.split.ShotSplitter.SplitResult;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One input video on its way through the run's stages; immutable, each stage returns an updated copy.
 * {@code source} is the video as shown in records (a local path, {@code s3://bucket/key} or a URL without
 * credentials); {@code path} the complete local file the stages read (null until the probe stage has it),
 * {@code downloaded} whether that file is a download-cache copy to drop once the video is done.
 */
record VideoTask(String id, String source, Path path, boolean downloaded, String relativePath, VideoRecord probe,
        SplitResult split, List<Shot> spans, Map<String, String> errors) {

    static VideoTask of(String source, String relativePath) {
        return new VideoTask(Ids.video(relativePath), source, null, false, relativePath, null, null, List.of(), Map.of());
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    VideoTask withLocal(Path file, boolean isDownload) {
        return new VideoTask(id, source, file, isDownload, relativePath, probe, split, spans, errors);
    }

    VideoTask withProbe(VideoRecord p) {
        return new VideoTask(id, source, path, downloaded, relativePath, p, split, spans, errors);
    }

    VideoTask withSplit(SplitResult s) {
        return new VideoTask(id, source, path, downloaded, relativePath, probe, s, spans, errors);
    }

    VideoTask withSpans(List<Shot> s) {
        return new VideoTask(id, source, path, downloaded, relativePath, probe, split, List.copyOf(s), errors);
    }

    VideoTask withError(String key, String message) {
        Map<String, String> e = new TreeMap<>(errors);
        e.put(key, message);
        return new VideoTask(id, source, path, downloaded, relativePath, probe, split, spans, Collections.unmodifiableMap(e));
    }
}
