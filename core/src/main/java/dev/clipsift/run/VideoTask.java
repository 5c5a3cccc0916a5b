package dev.clipsift.run;

import dev.clipsift.model.Errors;
import dev.clipsift.model.InputRecord;
import dev.clipsift.model.Provenance;
import dev.clipsift.pipeline.Failable;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.split.Shot;
import dev.clipsift.split.ShotSplitter.SplitResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One input video on its way from listing to clip spans; immutable, each stage returns an updated copy.
 * {@code source} is the video as shown in records (a local path, {@code s3://bucket/key} or a URL without
 * credentials); {@code path} the complete local file the stages read (null until the probe stage has it),
 * {@code downloaded} whether that file is a download-cache copy to drop once the video is done. {@code done}
 * is the video's record from an earlier session when the video was split then (its clips are read back, not
 * split again); {@code spans} its clip spans once known; {@code provenance} the video's (the run's, with what its
 * platform says laid over it), or null when there is none.
 */
record VideoTask(
        String id,
        String source,
        Path path,
        boolean downloaded,
        String relativePath,
        VideoRecord probe,
        SplitResult split,
        List<Shot> spans,
        Map<String, String> errors,
        InputRecord done,
        Provenance provenance)
        implements Failable<VideoTask> {

    static VideoTask of(String source, String relativePath) {
        return new VideoTask(
                Ids.video(relativePath),
                source,
                null,
                false,
                relativePath,
                null,
                null,
                List.of(),
                Map.of(),
                null,
                null);
    }

    @Override
    public boolean failed() {
        return !errors.isEmpty();
    }

    VideoTask withLocal(Path file, boolean isDownload) {
        return new VideoTask(id, source, file, isDownload, relativePath, probe, split, spans, errors, done, provenance);
    }

    VideoTask withProbe(VideoRecord p) {
        return new VideoTask(id, source, path, downloaded, relativePath, p, split, spans, errors, done, provenance);
    }

    VideoTask withSplit(SplitResult s) {
        return new VideoTask(id, source, path, downloaded, relativePath, probe, s, spans, errors, done, provenance);
    }

    VideoTask withSpans(List<Shot> s) {
        return new VideoTask(
                id, source, path, downloaded, relativePath, probe, split, List.copyOf(s), errors, done, provenance);
    }

    VideoTask withDone(InputRecord r) {
        return new VideoTask(
                id, source, path, downloaded, relativePath, r.probe(), split, spans, errors, r, r.provenance());
    }

    VideoTask withProvenance(Provenance p) {
        return new VideoTask(id, source, path, downloaded, relativePath, probe, split, spans, errors, done, p);
    }

    @Override
    public VideoTask withError(String key, String message) {
        return new VideoTask(
                id,
                source,
                path,
                downloaded,
                relativePath,
                probe,
                split,
                spans,
                Errors.with(errors, key, message),
                done,
                provenance);
    }
}
