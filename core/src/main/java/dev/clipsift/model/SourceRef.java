package dev.clipsift.model;

/**
 * The video a clip comes from: as shown ({@code s3://bucket/key}, a URL without credentials, a path), its id,
 * and its picture size and frame rate.
 */
public record SourceRef(String video, String videoId, Integer width, Integer height, Double fps) {}
