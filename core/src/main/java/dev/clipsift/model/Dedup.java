package dev.clipsift.model;

import org.jspecify.annotations.Nullable;

/**
 * A clip's deduplication: the hashes its clip stage computed from the decoded frames ({@code content_hash}, the
 * SHA-256 of the decoded pictures; {@code perceptual_hash}, 64 bits of DCT signs, hex), then what the run's
 * dedup pass found: its duplicate group (null when it is in none), the clip it duplicates (null for the one
 * kept) and the rule that chose the keeper.
 */
public record Dedup(
        @Nullable String contentHash,
        @Nullable String perceptualHash,
        @Nullable String group,
        @Nullable String duplicateOf,
        @Nullable String rule) {

    /** The hashes of a clip that no pass has grouped yet. */
    public static Dedup hashes(String contentHash, String perceptualHash) {
        return new Dedup(contentHash, perceptualHash, null, null, null);
    }

    /** These hashes in {@code group} (null: in none), a duplicate of {@code duplicateOf} (null: kept). */
    public Dedup grouped(@Nullable String group, @Nullable String duplicateOf, @Nullable String rule) {
        return new Dedup(contentHash, perceptualHash, group, duplicateOf, rule);
    }
}
