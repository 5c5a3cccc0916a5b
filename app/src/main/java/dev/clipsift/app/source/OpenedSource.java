package dev.clipsift.app.source;

import dev.clipsift.probe.VideoRecord;
import dev.clipsift.source.SourceItem;
import dev.clipsift.source.Sources;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A source as the screens use it: its videos by shown path ({@code /data/a.mp4}, {@code s3://bucket/key}, a
 * URL), their probe records, and each as a local file to decode previews and play from. A local folder is
 * read where it lies; a remote source probes in place and downloads a video only when it is asked for as a file.
 */
public sealed interface OpenedSource permits LocalFolder, RemoteSource {

    /** What the path field shows for it: the absolute folder, or the spec without credentials. */
    String spec();

    /** The local folder, or null for a remote source. */
    Path folder();

    /** The shown paths, in a stable order; close the stream. Fails with a SourceException that says why. */
    Stream<String> list(Consumer<String> warnings);

    /** The probe record of one listed video; never throws for a bad or unreachable video. */
    VideoRecord probe(String shown);

    /** One listed video as a complete local file (downloaded into the download cache when remote). */
    Path file(String shown);

    /**
     * What it was opened through, with the S3 options of that moment: the grid video and curation engines
     * open {@link #spec()} with it, as {@code clipsift grid} and {@code clipsift run} do.
     */
    Sources sources();

    /** The engines' item for a shown path; fails with a SourceException when the source no longer lists it. */
    SourceItem item(String shown);
}
