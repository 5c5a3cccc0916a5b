package dev.clipsift.model;

import org.jspecify.annotations.Nullable;

/**
 * Where an input video comes from and under which licence. {@code license} and {@code source} are what the user
 * gave for the run ({@code --license}, {@code --provenance}) unless the video's platform names a licence of its
 * own; {@code title}, {@code uploader}, {@code pageUrl} and {@code uploadDate} ({@code YYYYMMDD}) are what a web
 * platform says about the video (a {@code ytdlp:} source). Any field may be null.
 */
public record Provenance(
        @Nullable String license,
        @Nullable String source,
        @Nullable String title,
        @Nullable String uploader,
        @Nullable String pageUrl,
        @Nullable String uploadDate) {

    /** The run's licence and provenance note, or null when neither is given. */
    public static @Nullable Provenance of(@Nullable String license, @Nullable String source) {
        return license == null && source == null ? null : new Provenance(license, source, null, null, null, null);
    }

    /**
     * A video's own provenance laid over the run's: the platform's fields, its licence where it names one (else the
     * run's), and the run's provenance note. Null when both are.
     */
    public static @Nullable Provenance merge(@Nullable Provenance run, @Nullable Provenance video) {
        if (video == null || run == null) {
            return video == null ? run : video;
        }
        return new Provenance(
                video.license != null ? video.license : run.license,
                video.source != null ? video.source : run.source,
                video.title,
                video.uploader,
                video.pageUrl,
                video.uploadDate);
    }
}
