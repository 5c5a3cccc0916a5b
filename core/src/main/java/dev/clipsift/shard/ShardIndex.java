package dev.clipsift.shard;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code index.json} beside the shards: the settings they were written with, every tar (name, samples, bytes
 * and the fingerprint of its content, so a rewrite skips unchanged tars and removes those no longer produced),
 * the totals, the manifest's name and the clips that should have gone in but could not, with why.
 */
record ShardIndex(
        int schemaVersion,
        Map<String, Object> settings,
        List<Tar> shards,
        long samples,
        long bytes,
        String manifest,
        List<Skipped> skipped) {

    static final String NAME = "index.json";

    ShardIndex {
        settings = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(settings));
        shards = List.copyOf(shards);
        skipped = List.copyOf(skipped);
    }

    /** One tar of the layout. */
    record Tar(String name, int samples, long bytes, String fingerprint) {}

    /** A clip left out: its id and why. */
    record Skipped(String id, String reason) {}

    /** The fingerprint the tar {@code name} had, or null when this index has no such tar. */
    @Nullable
    String fingerprintOf(String name) {
        return shards.stream()
                .filter(t -> t.name().equals(name))
                .map(Tar::fingerprint)
                .findFirst()
                .orElse(null);
    }
}
