package dev.clipsift.preview;

/**
 * One decoded picture as tightly packed 8-bit BGRA (alpha always 255), ready to copy into any image type.
 * {@code timestampS} is its presentation time in the source video.
 */
public record BgraFrame(int width, int height, byte[] pixels, double timestampS) {}
