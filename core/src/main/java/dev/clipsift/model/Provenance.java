package dev.clipsift.model;

/** The licence of the input videos and where they come from, as the user gave them for the run (either may be null). */
public record Provenance(String license, String source) {
    public static Provenance of(String license, String source) {
        return license == null && source == null ? null : new Provenance(license, source);
    }
}
