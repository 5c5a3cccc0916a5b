package dev.clipsift.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Opens sources from what people type, and owns what they share (the S3 clients, the HTTP client, the
 * download cache, the rclone servers its sources start). Spec forms:
 * <ul>
 *   <li>{@code s3://bucket/prefix} — the videos under an S3 prefix (or one object);</li>
 *   <li>{@code http(s)://...} — one URL, e.g. a presigned https URL;</li>
 *   <li>{@code urls:FILE} — a text file of URLs, one per line;</li>
 *   <li>{@code hf://datasets/OWNER/NAME[@REVISION][/PATH]} — the videos of a Hugging Face dataset (see {@link HfSettings});</li>
 *   <li>{@code rclone:REMOTE:PATH} — the videos under a folder of an rclone remote (see {@link RcloneSource});</li>
 *   <li>{@code ytdlp:URL}, {@code ytdlp:FILE.json}, {@code ytdlp:FILE} — web platforms' videos through yt-dlp (see
 *       {@link YtDlpSource});</li>
 *   <li>anything else — a local file or folder.</li>
 * </ul>
 */
public final class Sources implements AutoCloseable {
    private final S3Settings s3Settings;
    private final ToolSettings tools;
    private final Backoff backoff;
    private final DownloadCache cache;
    private final Consumer<String> warnings;
    private S3Clients s3;
    private HttpFetcher http;
    private final List<Source> holdingProcesses = new ArrayList<>();

    public Sources(
            S3Settings s3Settings, ToolSettings tools, Backoff backoff, Path downloadDir, Consumer<String> warnings) {
        this.s3Settings = s3Settings;
        this.tools = tools;
        this.backoff = backoff;
        this.cache = new DownloadCache(downloadDir);
        this.warnings = warnings;
    }

    public Sources(S3Settings s3Settings, Backoff backoff, Path downloadDir, Consumer<String> warnings) {
        this(s3Settings, ToolSettings.current(), backoff, downloadDir, warnings);
    }

    public Sources(S3Settings s3Settings, Path downloadDir, Consumer<String> warnings) {
        this(s3Settings, Backoff.standard(), downloadDir, warnings);
    }

    public Sources(S3Settings s3Settings, ToolSettings tools, Path downloadDir, Consumer<String> warnings) {
        this(s3Settings, tools, Backoff.standard(), downloadDir, warnings);
    }

    public Source open(String spec) {
        if (S3Location.isS3(spec)) {
            return new S3Source(s3(), S3Location.parse(spec), cache);
        }
        if (RcloneLocation.isRclone(spec)) {
            return new RcloneSource(RcloneLocation.parse(spec), tools, cache, this::holding);
        }
        if (YtDlpSource.isYtDlp(spec)) {
            return new YtDlpSource(spec, tools, cache, warnings);
        }
        if (HfLocation.isHf(spec)) {
            return new HfSource(HfLocation.parse(spec), HfSettings.current(), http(), cache);
        }
        if (UrlSource.isUrl(spec)) {
            return UrlSource.ofUrl(spec, http(), cache);
        }
        if (spec.toLowerCase(Locale.ROOT).startsWith(UrlSource.LIST_PREFIX)) {
            Path file = Path.of(spec.substring(UrlSource.LIST_PREFIX.length()));
            if (!Files.isRegularFile(file)) {
                throw new SourceException("no such URL list file: " + file);
            }
            return UrlSource.ofList(file, http(), cache, warnings);
        }
        return new LocalSource(Path.of(spec), warnings);
    }

    /**
     * One video named by its shown path (as a sample file lists it: a local path, {@code s3://bucket/key}
     * a URL, {@code hf://datasets/...}, {@code rclone:...} or {@code ytdlp:...}) as a complete local file, downloading it into the download cache if it is remote.
     */
    public Path materialise(String shownPath) {
        try (Source source = open(shownPath);
                var items = source.list()) {
            SourceItem item = items.findFirst().orElseThrow(() -> new SourceException("no such video: " + shownPath));
            return source.materialise(item);
        }
    }

    /** The shared S3 clients (built on first use); the write side ({@code OutputStore}) uses them too. */
    public synchronized S3Clients s3() {
        if (s3 == null) {
            s3 = new S3Clients(s3Settings, backoff);
        }
        return s3;
    }

    private synchronized HttpFetcher http() {
        if (http == null) {
            http = new HttpFetcher(backoff);
        }
        return http;
    }

    private synchronized void holding(Source source) {
        holdingProcesses.add(source);
    }

    /** Closes what it opened: the S3 clients, and the rclone servers of its rclone sources. */
    @Override
    public synchronized void close() {
        holdingProcesses.forEach(Source::close);
        holdingProcesses.clear();
        if (s3 != null) {
            s3.close();
        }
    }
}
