package dev.clipsift.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code clips/<id>.json}: one clip as typed groups. {@code source} is the video it comes from, {@code span}
 * where it lies there, {@code media} the clip file as read back, then what later stage families add
 * ({@code scores}, {@code captions}, {@code embedding}, {@code dedup}, {@code shard}; absent until they run),
 * {@code status} (derived from {@code errors} when there are any), {@code errors} ({@code stage.reason} ->
 * one-line message), {@code stages} (each stage done on this clip -> the fingerprint of its parameters: a resume
 * re-runs a stage only where it is missing or different) and {@code provenance}. {@code valid} is written for
 * readers (true when there are no errors) and never read back. Immutable; change by copy.
 */
@JsonIgnoreProperties(value = "valid", allowGetters = true)
public record ClipRecord(
        int schemaVersion,
        String id,
        SourceRef source,
        Span span,
        @Nullable MediaInfo media,
        @Nullable Scores scores,
        @Nullable Captions captions,
        @Nullable EmbeddingRef embedding,
        @Nullable Dedup dedup,
        @Nullable ShardRef shard,
        Status status,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> errors,
        Map<String, String> stages,
        @Nullable Provenance provenance) {

    public ClipRecord {
        errors = Errors.copy(errors);
        stages = stages == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(stages));
        if (!errors.isEmpty()) {
            status = new Status(Status.State.FAILED, new ArrayList<>(errors.keySet()));
        } else if (status == null || status.state() == Status.State.FAILED) {
            status = Status.OK;
        }
    }

    /** A new clip of {@code source} at {@code span}: nothing done to it yet. */
    public static ClipRecord of(String id, SourceRef source, Span span, Provenance provenance) {
        return new ClipRecord(
                Schema.VERSION,
                id,
                source,
                span,
                null,
                null,
                null,
                null,
                null,
                null,
                Status.OK,
                null,
                null,
                provenance);
    }

    @JsonProperty("valid")
    public boolean valid() {
        return errors.isEmpty();
    }

    /** The fingerprint stage {@code name} left on this clip, or null when it has not run on it. */
    public String stageMark(String name) {
        return stages.get(name);
    }

    public ClipRecord withMedia(MediaInfo m) {
        return new ClipRecord(
                schemaVersion,
                id,
                source,
                span,
                m,
                scores,
                captions,
                embedding,
                dedup,
                shard,
                status,
                errors,
                stages,
                provenance);
    }

    public ClipRecord withScores(Scores s) {
        return new ClipRecord(
                schemaVersion,
                id,
                source,
                span,
                media,
                s,
                captions,
                embedding,
                dedup,
                shard,
                status,
                errors,
                stages,
                provenance);
    }

    public ClipRecord withCaptions(Captions c) {
        return new ClipRecord(
                schemaVersion,
                id,
                source,
                span,
                media,
                scores,
                c,
                embedding,
                dedup,
                shard,
                status,
                errors,
                stages,
                provenance);
    }

    public ClipRecord withEmbedding(EmbeddingRef e) {
        return new ClipRecord(
                schemaVersion,
                id,
                source,
                span,
                media,
                scores,
                captions,
                e,
                dedup,
                shard,
                status,
                errors,
                stages,
                provenance);
    }

    public ClipRecord withDedup(Dedup d) {
        return new ClipRecord(
                schemaVersion,
                id,
                source,
                span,
                media,
                scores,
                captions,
                embedding,
                d,
                shard,
                status,
                errors,
                stages,
                provenance);
    }

    public ClipRecord withShard(ShardRef s) {
        return new ClipRecord(
                schemaVersion,
                id,
                source,
                span,
                media,
                scores,
                captions,
                embedding,
                dedup,
                s,
                status,
                errors,
                stages,
                provenance);
    }

    public ClipRecord withStatus(Status s) {
        return new ClipRecord(
                schemaVersion,
                id,
                source,
                span,
                media,
                scores,
                captions,
                embedding,
                dedup,
                shard,
                s,
                errors,
                stages,
                provenance);
    }

    public ClipRecord withError(String key, String message) {
        return new ClipRecord(
                schemaVersion,
                id,
                source,
                span,
                media,
                scores,
                captions,
                embedding,
                dedup,
                shard,
                status,
                Errors.with(errors, key, message),
                stages,
                provenance);
    }

    /** This record with stage {@code name} marked done with parameters {@code fingerprint}. */
    public ClipRecord withStage(String name, String fingerprint) {
        Map<String, String> m = new TreeMap<>(stages);
        m.put(name, fingerprint);
        return new ClipRecord(
                schemaVersion,
                id,
                source,
                span,
                media,
                scores,
                captions,
                embedding,
                dedup,
                shard,
                status,
                errors,
                m,
                provenance);
    }

    /**
     * This record ready to redo stage {@code name}: its mark and its errors removed (a failed stage is retried on
     * a resume that asks for it).
     */
    public ClipRecord withoutStage(String name) {
        Map<String, String> m = new TreeMap<>(stages);
        m.remove(name);
        Map<String, String> e = new TreeMap<>(errors);
        e.keySet().removeIf(k -> k.startsWith(name + "."));
        return new ClipRecord(
                schemaVersion,
                id,
                source,
                span,
                media,
                scores,
                captions,
                embedding,
                dedup,
                shard,
                status,
                e,
                m,
                provenance);
    }
}
