package dev.clipsift.overview;

/** One bar of a histogram: values in [{@code from}, {@code to}) counted under a readable label. */
public record Bin(String label, double from, double to, long count) {}
