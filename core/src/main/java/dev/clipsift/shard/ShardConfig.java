package dev.clipsift.shard;

import dev.clipsift.source.S3Settings;
import org.jspecify.annotations.Nullable;

/**
 * The {@code shard} section: whether the run ends by writing shards ({@code enabled}, off by default); where
 * ({@code output}: a local folder or an {@code s3://} prefix, reached with {@code s3}; null is {@code shards/} in
 * the run folder); the size a tar may reach ({@code target_size_mb}, 500 as cosmos-curate; a single bigger sample
 * gets a tar of its own) and how many tars a {@code part_NNNNNN} folder holds ({@code tars_per_part}, 100); the
 * caption version written as {@code txt} ({@code caption_version}, null: the newest version that is ok); and
 * whether filtered clips go in too ({@code include_filtered}; kept clips only by default, duplicates and failed
 * clips never).
 */
public record ShardConfig(
        Boolean enabled,
        @Nullable String output,
        Double targetSizeMb,
        Integer tarsPerPart,
        @Nullable String captionVersion,
        Boolean includeFiltered,
        @Nullable S3Settings s3) {

    public ShardConfig {
        enabled = enabled != null && enabled;
        targetSizeMb = targetSizeMb == null ? 500.0 : targetSizeMb;
        tarsPerPart = tarsPerPart == null ? 100 : tarsPerPart;
        includeFiltered = includeFiltered != null && includeFiltered;
        if (!(targetSizeMb > 0) || tarsPerPart < 1) {
            throw new IllegalArgumentException("shard: target_size_mb must be positive and tars_per_part at least 1,"
                    + " got " + targetSizeMb + " and " + tarsPerPart);
        }
        if (output != null && output.isBlank()) {
            throw new IllegalArgumentException("shard: output is empty (leave it out for shards/ in the run folder)");
        }
    }

    /** Switched off. */
    public static ShardConfig defaults() {
        return new ShardConfig(null, null, null, null, null, null, null);
    }

    /** The target size in bytes. */
    long targetBytes() {
        return Math.round(targetSizeMb * 1_000_000);
    }
}
