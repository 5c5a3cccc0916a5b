package dev.clipsift.source;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * HTTP(S) URLs: one URL, or a text file with one URL per line ({@code #} comments and blank lines ignored),
 * named on the command line as {@code urls:FILE}. The file is read lazily. Lines that are not http(s) URLs
 * are reported as warnings and skipped; each URL that fails to read fails on its own.
 */
public final class UrlSource implements Source {
    public static final String LIST_PREFIX = "urls:";

    private final String spec;
    private final Path listFile;
    private final URI single;
    private final HttpFetcher http;
    private final DownloadCache cache;
    private final Consumer<String> warnings;

    private UrlSource(
            String spec, Path listFile, URI single, HttpFetcher http, DownloadCache cache, Consumer<String> warnings) {
        this.spec = spec;
        this.listFile = listFile;
        this.single = single;
        this.http = http;
        this.cache = cache;
        this.warnings = warnings;
    }

    /** A list file of URLs. */
    public static UrlSource ofList(Path file, HttpFetcher http, DownloadCache cache, Consumer<String> warnings) {
        return new UrlSource(LIST_PREFIX + file, file, null, http, cache, warnings);
    }

    /** A single URL (for example a presigned https URL). */
    public static UrlSource ofUrl(String url, HttpFetcher http, DownloadCache cache) {
        URI uri = parse(url);
        if (uri == null) {
            throw new SourceException("not a valid http(s) URL");
        }
        return new UrlSource(UrlRedaction.shown(uri), null, uri, http, cache, w -> {});
    }

    public static boolean isUrl(String spec) {
        String s = spec.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    static URI parse(String line) {
        if (!isUrl(line)) {
            return null;
        }
        try {
            URI uri = new URI(line);
            return uri.getHost() == null ? null : uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public Stream<SourceItem> list() {
        if (single != null) {
            return Stream.of(item(single));
        }
        return ListFile.items(listFile, "URL list", (line, lineNo) -> {
            URI uri = parse(line);
            if (uri == null) {
                warnings.accept(listFile + " line " + lineNo + ": not an http(s) URL, skipped");
                return null;
            }
            return item(uri);
        });
    }

    private static SourceItem item(URI uri) {
        return new SourceItem(UrlRedaction.shown(uri), null, null, uri.toString());
    }

    @Override
    public SourceItem describe(SourceItem item) {
        if (item.sizeBytes() != null) {
            return item;
        }
        HttpFetcher.Head head = http.head(URI.create(item.location()), item.path());
        return item.withSize(head.size(), head.mtimeMs());
    }

    @Override
    public String readUrl(SourceItem item) {
        return item.location();
    }

    /** Downloads the URL (with retries and resume) into the cache, keyed by a hash of the full URL. */
    @Override
    public Path materialise(SourceItem item) {
        URI uri = URI.create(item.location());
        String path = uri.getPath() == null ? "" : uri.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        Path target =
                cache.target("http/" + uri.getHost(), hash(item.location()) + "-" + (name.isEmpty() ? "index" : name));
        SourceItem known = describe(item);
        if (cache.fresh(target, known.sizeBytes(), known.mtimeMs())) {
            return target;
        }
        Path tmp = null;
        try {
            tmp = cache.tempFor(target);
            http.download(uri, tmp, known.sizeBytes(), item.path());
            cache.commit(tmp, target, known.mtimeMs());
            return target;
        } catch (IOException e) {
            throw new SourceException("cannot write the download cache for " + item.path() + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                DownloadCache.discard(tmp);
            }
        }
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
