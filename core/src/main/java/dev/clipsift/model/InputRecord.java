package dev.clipsift.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.clipsift.probe.VideoRecord;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code videos/<id>.json}: one input video, written once all its clips are written, so its presence marks the
 * video done for the stages in {@code stages} (a resume skips it unless a stage is missing or changed).
 * {@code probe} is the probe record; {@code split} what splitting found; {@code clip_ids} its clips in span
 * order and {@code clips} their counts by status; {@code errors} maps {@code stage.reason} to a one-line
 * message (the video's own, and {@code clips.failed} summing up its failed clips). {@code source_video} is the
 * video as shown ({@code s3://bucket/key}, a URL without credentials, a path). {@code valid} is written for
 * readers and never read back.
 */
@JsonIgnoreProperties(value = "valid", allowGetters = true)
public record InputRecord(
        int schemaVersion,
        String id,
        String sourceVideo,
        String relativePath,
        VideoRecord probe,
        @Nullable SplitInfo split,
        List<String> clipIds,
        ClipCounts clips,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> errors,
        Map<String, String> stages,
        @Nullable Provenance provenance) {

    public InputRecord {
        clipIds = List.copyOf(clipIds == null ? List.of() : clipIds);
        clips = clips == null ? ClipCounts.NONE : clips;
        errors = Errors.copy(errors);
        stages = stages == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(stages));
    }

    @JsonProperty("valid")
    public boolean valid() {
        return errors.isEmpty();
    }

    /** True when the video itself failed (probe, download, split), not only some of its clips. */
    public boolean failedItself() {
        return errors.keySet().stream().anyMatch(k -> !k.startsWith("clips."));
    }

    /** This record with its clips counted anew (after a re-filter). */
    public InputRecord withClips(ClipCounts c) {
        return new InputRecord(
                schemaVersion, id, sourceVideo, relativePath, probe, split, clipIds, c, errors, stages, provenance);
    }

    /** This record with other stage marks (a stage forgotten so it is redone). */
    public InputRecord withStages(Map<String, String> s) {
        return new InputRecord(
                schemaVersion, id, sourceVideo, relativePath, probe, split, clipIds, clips, errors, s, provenance);
    }
}
