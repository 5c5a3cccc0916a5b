package dev.clipsift.run;

import dev.clipsift.probe.VideoRecord;
import dev.clipsift.split.Shot;
import dev.clipsift.split.ShotSplitter.SplitResult;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One input video on its way through the run's stages; immutable, each stage returns an updated copy. */
record VideoTask(String id, Path path, String relativePath, VideoRecord probe, SplitResult split, List<Shot> spans,
        Map<String, String> errors) {

    static VideoTask of(Path path, String relativePath) {
        return new VideoTask(Ids.video(relativePath), path, relativePath, null, null, List.of(), Map.of());
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    VideoTask withProbe(VideoRecord p) {
        return new VideoTask(id, path, relativePath, p, split, spans, errors);
    }

    VideoTask withSplit(SplitResult s) {
        return new VideoTask(id, path, relativePath, probe, s, spans, errors);
    }

    VideoTask withSpans(List<Shot> s) {
        return new VideoTask(id, path, relativePath, probe, split, List.copyOf(s), errors);
    }

    VideoTask withError(String key, String message) {
        Map<String, String> e = new TreeMap<>(errors);
        e.put(key, message);
        return new VideoTask(id, path, relativePath, probe, split, spans, Collections.unmodifiableMap(e));
    }
}
