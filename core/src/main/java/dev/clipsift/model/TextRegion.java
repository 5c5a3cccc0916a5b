package dev.clipsift.model;

/**
 * One piece of on-screen text found in a clip: what was read ({@code text}, empty when the recogniser read
 * nothing), the recogniser's {@code confidence} (0..1), its box in clip pixels ({@code x, y, w, h}), on how many
 * of the sampled frames it was seen ({@code frames}) and whether it counts as a post-production overlay
 * ({@code overlay}: it stays put over frames, as a caption, logo or copyright line does).
 */
public record TextRegion(String text, double confidence, int x, int y, int w, int h, int frames, boolean overlay) {}
