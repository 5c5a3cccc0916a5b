package dev.clipsift.model;

import org.jspecify.annotations.Nullable;

/**
 * The video a clip comes from: as shown ({@code s3://bucket/key}, a URL without credentials, a path), its id,
 * and its picture size and frame rate.
 */
public record SourceRef(
        String video, String videoId, @Nullable Integer width, @Nullable Integer height, @Nullable Double fps) {}
