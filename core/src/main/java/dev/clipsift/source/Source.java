package dev.clipsift.source;

import dev.clipsift.model.Provenance;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where videos come from: a local folder, an S3 prefix, a list of HTTP(S) URLs, a Hugging Face dataset, an rclone remote
 * or web platforms through yt-dlp. A source lists its
 * videos as a lazy stream (flat memory, however many there are) and gives access to each: as a location
 * FFmpeg reads in place (local path, presigned or plain URL, read with ranged GETs) or as a complete local
 * file (downloaded once into the download cache). Credentials stay inside; items only carry display paths.
 */
public sealed interface Source extends AutoCloseable
        permits LocalSource, S3Source, UrlSource, HfSource, RcloneSource, YtDlpSource {

    /** The source as the user named it, minus any credentials ({@code s3://bucket/prefix}, a folder, a list file). */
    String spec();

    /** The videos, in a stable order. Fails with {@link SourceException} when the source itself cannot be listed. */
    Stream<SourceItem> list();

    /** Fills in size and mtime where the listing did not know them; the item itself when it did. */
    default SourceItem describe(SourceItem item) {
        return item;
    }

    /**
     * What the platform says about the item (title, uploader, page URL, upload date, licence), or null when the source
     * knows nothing beyond the file (every source but yt-dlp's). May read what {@link #describe} fetched.
     */
    default @Nullable Provenance provenance(SourceItem item) {
        return null;
    }

    /** Something FFmpeg can open directly to read parts of {@code item} (a path, or a URL to read by ranges). */
    String readUrl(SourceItem item);

    /** {@code item} as a complete local file: the file itself, or a verified copy in the download cache. */
    Path materialise(SourceItem item);

    /**
     * The item's name within the source, '/'-separated: the path below the folder or S3 prefix (the file name
     * when the source names one file or object), the shown URL for URLs. Runs key their ids by it.
     */
    default String relativeName(SourceItem item) {
        return item.path();
    }

    /** Whether reading the item crosses a network (so retries and read modes apply). */
    default boolean remote() {
        return true;
    }

    @Override
    default void close() {}
}
