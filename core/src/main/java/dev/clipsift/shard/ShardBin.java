package dev.clipsift.shard;

import dev.clipsift.overview.AspectBucket;

/**
 * The folder a clip's shards go in, as cosmos-curate bins clips: its aspect ratio ({@link AspectBucket}: 9:16,
 * 3:4, 1:1, 4:3, 16:9) and its resolution by the shorter side (1080 or more, 720 or more, less), e.g.
 * {@code 16x9_720p}, {@code 9x16_lt720p}.
 */
final class ShardBin {
    private ShardBin() {}

    static String of(int width, int height) {
        int shortSide = Math.min(width, height);
        String resolution = shortSide >= 1080 ? "1080p" : shortSide >= 720 ? "720p" : "lt720p";
        return AspectBucket.of(width, height).replace(':', 'x') + "_" + resolution;
    }
}
