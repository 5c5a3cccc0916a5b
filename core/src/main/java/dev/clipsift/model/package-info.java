/**
 * The run's public record model: what {@code clips/<id>.json} and {@code videos/<id>.json} hold, as immutable
 * records made of typed groups (span, media, scores, captions, embedding, dedup, shard, status, errors,
 * provenance, per-stage completion). Stages change a record by copy ({@code withScores(...)}); {@code valid}
 * is derived from the errors, never stored apart from them. Every file carries {@code schema_version}.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.model;

import org.jspecify.annotations.NullMarked;
