package dev.clipsift.model;

/** The training shard a clip went into and its sample key there. */
public record ShardRef(String shard, String key) {}
