package dev.clipsift.model;

/** What splitting found in a video: its frame rate, decoded frame count and number of shots. */
public record SplitInfo(double fps, int frames, int shots) {}
