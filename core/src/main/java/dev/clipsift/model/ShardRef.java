package dev.clipsift.model;

/**
 * The training shard a clip went into: the tar's name relative to the shard output
 * ({@code 16x9_720p/part_000000/000000.tar}), the sample key there ({@code <key>.mp4}, {@code <key>.json},
 * {@code <key>.txt}), and the byte offset of the sample's first tar header in that file.
 */
public record ShardRef(String shard, String key, long offset) {}
