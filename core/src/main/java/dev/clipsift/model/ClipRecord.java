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
 * where it lies there, {@code media} the clip file as read back, {@code crop}
 * the picture area kept from the source (black bars removed), then what later stage families add
 * ({@code scores}, {@code text} (on-screen text found), {@code captions}, {@code embedding}, {@code dedup}, {@code shard}; absent until they run),
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
        @Nullable Crop crop,
        @Nullable Scores scores,
        @Nullable OnScreenText text,
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

    public ClipRecord withMedia(@Nullable MediaInfo v) {
        Copy c = copy();
        c.media = v;
        return c.record();
    }

    public ClipRecord withCrop(@Nullable Crop v) {
        Copy c = copy();
        c.crop = v;
        return c.record();
    }

    public ClipRecord withScores(@Nullable Scores v) {
        Copy c = copy();
        c.scores = v;
        return c.record();
    }

    public ClipRecord withText(@Nullable OnScreenText v) {
        Copy c = copy();
        c.text = v;
        return c.record();
    }

    public ClipRecord withCaptions(@Nullable Captions v) {
        Copy c = copy();
        c.captions = v;
        return c.record();
    }

    public ClipRecord withEmbedding(@Nullable EmbeddingRef v) {
        Copy c = copy();
        c.embedding = v;
        return c.record();
    }

    public ClipRecord withDedup(@Nullable Dedup v) {
        Copy c = copy();
        c.dedup = v;
        return c.record();
    }

    public ClipRecord withShard(@Nullable ShardRef v) {
        Copy c = copy();
        c.shard = v;
        return c.record();
    }

    public ClipRecord withStatus(Status v) {
        Copy c = copy();
        c.status = v;
        return c.record();
    }

    public ClipRecord withError(String key, String message) {
        Copy c = copy();
        c.errors = Errors.with(errors, key, message);
        return c.record();
    }

    /** This record with stage {@code name} marked done with parameters {@code fingerprint}. */
    public ClipRecord withStage(String name, String fingerprint) {
        Copy c = copy();
        c.stages = new TreeMap<>(stages);
        c.stages.put(name, fingerprint);
        return c.record();
    }

    /**
     * This record ready to redo stage {@code name}: its mark and its errors removed (a failed stage is retried on
     * a resume that asks for it).
     */
    public ClipRecord withoutStage(String name) {
        Copy c = copy();
        c.stages = new TreeMap<>(stages);
        c.stages.remove(name);
        c.errors = new TreeMap<>(errors);
        c.errors.keySet().removeIf(k -> k.startsWith(name + "."));
        return c.record();
    }

    private Copy copy() {
        return new Copy(this);
    }

    /** A record's parts, changed one at a time by the {@code with...} methods and made a record again. */
    private static final class Copy {
        final int schemaVersion;
        final String id;
        final SourceRef source;
        final Span span;

        @Nullable
        MediaInfo media;

        @Nullable
        Crop crop;

        @Nullable
        Scores scores;

        @Nullable
        OnScreenText text;

        @Nullable
        Captions captions;

        @Nullable
        EmbeddingRef embedding;

        @Nullable
        Dedup dedup;

        @Nullable
        ShardRef shard;

        Status status;
        Map<String, String> errors;
        Map<String, String> stages;
        final @Nullable Provenance provenance;

        Copy(ClipRecord r) {
            schemaVersion = r.schemaVersion;
            id = r.id;
            source = r.source;
            span = r.span;
            media = r.media;
            crop = r.crop;
            scores = r.scores;
            text = r.text;
            captions = r.captions;
            embedding = r.embedding;
            dedup = r.dedup;
            shard = r.shard;
            status = r.status;
            errors = r.errors;
            stages = r.stages;
            provenance = r.provenance;
        }

        ClipRecord record() {
            return new ClipRecord(
                    schemaVersion,
                    id,
                    source,
                    span,
                    media,
                    crop,
                    scores,
                    text,
                    captions,
                    embedding,
                    dedup,
                    shard,
                    status,
                    errors,
                    stages,
                    provenance);
        }
    }
}
