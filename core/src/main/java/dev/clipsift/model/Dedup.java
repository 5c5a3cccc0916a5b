package dev.clipsift.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A clip's deduplication: the hashes its clip stage computed from the decoded frames ({@code content_hash}, the
 * SHA-256 of the decoded pictures; {@code perceptual_hash}, 64 bits of DCT signs of the whole picture, hex;
 * {@code centre_hashes}, the same of its centre with 5 and with 10 % cut from each side, so that a cropped copy
 * of the clip still lies near one of them), then what the run's dedup pass found: its duplicate group (null when
 * it is in none), the clip it duplicates (null for the one kept) and the rule that chose the keeper.
 */
public record Dedup(
        @Nullable String contentHash,
        @Nullable String perceptualHash,
        @Nullable List<String> centreHashes,
        @Nullable String group,
        @Nullable String duplicateOf,
        @Nullable String rule) {

    public Dedup {
        centreHashes = centreHashes == null ? null : List.copyOf(centreHashes);
    }

    /** The hashes of a clip that no pass has grouped yet. */
    public static Dedup hashes(String contentHash, String perceptualHash, List<String> centreHashes) {
        return new Dedup(contentHash, perceptualHash, centreHashes, null, null, null);
    }

    /** These hashes in {@code group} (null: in none), a duplicate of {@code duplicateOf} (null: kept). */
    public Dedup grouped(@Nullable String group, @Nullable String duplicateOf, @Nullable String rule) {
        return new Dedup(contentHash, perceptualHash, centreHashes, group, duplicateOf, rule);
    }
}
