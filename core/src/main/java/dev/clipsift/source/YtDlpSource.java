package dev.clipsift.source;

import dev.clipsift.model.Provenance;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Videos of web platforms, read through yt-dlp: {@code ytdlp:URL} (one page), {@code ytdlp:FILE.json} (an info JSON
 * yt-dlp wrote, e.g. with {@code --write-info-json}) or {@code ytdlp:FILE} (one page URL or info JSON path a line,
 * {@code #} comments; paths relative to the file). For each video yt-dlp first resolves the page and chooses one
 * progressive stream ({@link YtDlpFormat}: H.264, else VP9, else any, at most {@link ToolSettings#maxHeight()} tall,
 * plain HTTP(S) so that nothing is merged or remuxed: yt-dlp is never let run ffmpeg); the resolved info JSON is
 * kept in the download cache and gives each clip's provenance (title, uploader, page URL, upload date, licence).
 * The stream is then downloaded from that same info into the download cache (temp file, renamed when complete).
 * Items are shown as {@code ytdlp:PAGE_URL} (without credentials) or {@code ytdlp:/path/to/info.json}.
 */
public final class YtDlpSource implements Source {
    public static final String PREFIX = "ytdlp:";
    private static final String NAMESPACE = "ytdlp";

    private final String spec;
    private final String target;
    private final ToolSettings tools;
    private final ExternalTool ytDlp;
    private final DownloadCache cache;
    private final Consumer<String> warnings;

    public YtDlpSource(String spec, ToolSettings tools, DownloadCache cache, Consumer<String> warnings) {
        this.target = spec.substring(PREFIX.length()).strip();
        URI uri = UrlSource.parse(target);
        this.spec = uri != null ? PREFIX + UrlRedaction.shown(uri) : PREFIX + target;
        this.tools = tools;
        this.ytDlp = new ExternalTool(
                "yt-dlp",
                tools.ytDlp(),
                "install it (apt-get install yt-dlp, or pip install yt-dlp) or set CLIPSIFT_YTDLP to its path",
                s -> s);
        this.cache = cache;
        this.warnings = warnings;
        if (uri == null && !Files.isRegularFile(Path.of(target))) {
            throw new SourceException("no such page URL list or info JSON file: " + target
                    + " (a ytdlp: source is ytdlp:URL, ytdlp:FILE.json or ytdlp:FILE of page URLs)");
        }
    }

    public static boolean isYtDlp(String spec) {
        return spec.toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public Stream<SourceItem> list() {
        URI uri = UrlSource.parse(target);
        if (uri != null) {
            return Stream.of(pageItem(uri));
        }
        Path file = Path.of(target).toAbsolutePath().normalize();
        if (isInfoJson(target)) {
            return Stream.of(infoItem(file));
        }
        return ListFile.items(file, "page URL list", (line, lineNo) -> {
            URI page = UrlSource.parse(line);
            if (page != null) {
                return pageItem(page);
            }
            if (isInfoJson(line)) {
                return infoItem(file.resolveSibling(line).normalize());
            }
            warnings.accept(file + " line " + lineNo + ": neither an http(s) page URL nor an info .json file, skipped");
            return null;
        });
    }

    private static boolean isInfoJson(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static SourceItem pageItem(URI page) {
        return new SourceItem(PREFIX + UrlRedaction.shown(page), null, null, page.toString());
    }

    private static SourceItem infoItem(Path file) {
        return new SourceItem(PREFIX + file, null, null, file.toString());
    }

    /** Resolves the page (once; the resolved info JSON is cached) and adds the chosen stream's size and date. */
    @Override
    public SourceItem describe(SourceItem item) {
        YtDlpInfo info = YtDlpInfo.read(resolved(item));
        return item.withSize(info.sizeBytes(), info.extractedAt());
    }

    @Override
    public Provenance provenance(SourceItem item) {
        return YtDlpInfo.read(resolved(item)).provenance();
    }

    /** A platform's stream has no stable URL to read in place: FFmpeg reads the downloaded copy. */
    @Override
    public String readUrl(SourceItem item) {
        return materialise(item).toString();
    }

    @Override
    public Path materialise(SourceItem item) {
        Path info = resolved(item);
        YtDlpInfo known = YtDlpInfo.read(info);
        Path copy = cache.target(NAMESPACE, key(item) + "." + known.ext());
        if (cache.fresh(copy, known.sizeBytes(), known.extractedAt())) {
            return copy;
        }
        Path out = null;
        try {
            // yt-dlp drops a name's last extension when it is not the stream's: give it the stream's
            Path tmp = cache.tempFor(copy);
            out = tmp.resolveSibling(tmp.getFileName() + "." + known.ext());
            List<String> args = common();
            args.addAll(
                    List.of("--load-info-json", info.toString(), "--no-part", "--no-progress", "-o", out.toString()));
            String error = ytDlp.runTo(args, Path.of(nullDevice()));
            if (error != null || !Files.isRegularFile(out)) {
                // the info's stream URLs may have expired: resolve the page again next time
                DownloadCache.discard(info);
                throw new SourceException("yt-dlp could not download " + item.path() + ": " + message(error));
            }
            if (known.sizeBytes() != null && Files.size(out) != known.sizeBytes()) {
                throw new SourceException(
                        "yt-dlp delivered " + Files.size(out) + " of " + known.sizeBytes() + " bytes: " + item.path());
            }
            cache.commit(out, copy, known.extractedAt());
            return copy;
        } catch (IOException e) {
            throw new SourceException("cannot write the download cache for " + item.path() + ": " + e.getMessage(), e);
        } finally {
            if (out != null) {
                DownloadCache.discard(out);
            }
        }
    }

    /** The info JSON with the stream chosen, from the cache or made now by yt-dlp (written atomically). */
    private Path resolved(SourceItem item) {
        Path info = cache.target(NAMESPACE, key(item) + ".info.json");
        if (Files.isRegularFile(info)) {
            return info;
        }
        Path tmp = null;
        try {
            tmp = cache.tempFor(info);
            List<String> args = common();
            args.add("--dump-single-json");
            if (UrlSource.parse(item.location()) != null) {
                args.addAll(List.of("--no-playlist", item.location()));
            } else {
                args.addAll(List.of("--load-info-json", item.location()));
            }
            String error = ytDlp.runTo(args, tmp);
            if (error != null) {
                throw new SourceException("yt-dlp could not read " + item.path() + ": " + message(error));
            }
            YtDlpInfo.read(tmp);
            cache.commit(tmp, info, null);
            return info;
        } catch (IOException e) {
            throw new SourceException("cannot write the download cache for " + item.path() + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                DownloadCache.discard(tmp);
            }
        }
    }

    /** The options of every call: no user config, the stream choice, and no ffmpeg at all (no fix-ups, no merging). */
    private List<String> common() {
        return new ArrayList<>(List.of(
                "--ignore-config",
                "--no-cache-dir",
                "-f",
                YtDlpFormat.selector(tools.maxHeight()),
                "--fixup",
                "never",
                "--ffmpeg-location",
                "/nonexistent/clipsift-uses-no-ffmpeg"));
    }

    /** The cache key of an item: its location (an info file's with its mtime) and the height limit. */
    private String key(SourceItem item) {
        String version = "";
        if (UrlSource.parse(item.location()) == null) {
            try {
                version = "|"
                        + Files.getLastModifiedTime(Path.of(item.location())).toMillis();
            } catch (IOException e) {
                throw new SourceException("cannot read the info JSON " + item.location() + ": " + e.getMessage(), e);
            }
        }
        return UrlSource.hash(item.location() + version + "|h" + tools.maxHeight());
    }

    /** yt-dlp's last {@code ERROR:} line without its request to report bugs upstream. */
    static String message(String printed) {
        if (printed == null || printed.isBlank()) {
            return "yt-dlp failed without saying why";
        }
        List<String> lines =
                Arrays.stream(printed.split("\n")).map(String::strip).toList();
        String last = lines.stream()
                .filter(l -> l.startsWith("ERROR:"))
                .reduce((a, b) -> b)
                .orElse(lines.get(lines.size() - 1));
        return last.replaceFirst("^ERROR:\\s*", "")
                .replaceFirst("\\s*\\(caused by .*$", "")
                .replaceFirst(";\\s*please report this issue.*$", "")
                .replaceFirst("\\s*Use --list-formats.*$", "");
    }

    private static String nullDevice() {
        return System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null";
    }
}
