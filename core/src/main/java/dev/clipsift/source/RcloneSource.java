package dev.clipsift.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The videos under a folder of an rclone remote ({@code rclone:REMOTE:PATH}: Google Cloud Storage, Azure Blob,
 * Drive, Dropbox, SFTP, WebDAV, ... as the user's rclone config defines them), or the one file the path names.
 * Listing streams {@code rclone lsjson -R} entry by entry (one entry in memory at a time). FFmpeg reads a file in
 * place through {@code rclone serve http} on loopback ({@link RcloneServer}, started on the first such read), which
 * answers ranged GETs; a complete copy comes from {@code rclone cat} into the download cache. rclone reads its
 * credentials from its own config: nothing here sees or writes them. Items are shown as
 * {@code rclone:REMOTE:PATH/FILE}.
 */
public final class RcloneSource implements Source {
    private final RcloneLocation location;
    private final ExternalTool rclone;
    private final List<String> options;
    private final DownloadCache cache;
    private final Consumer<Source> onServerStart;
    private RcloneServer server;

    /** {@code onServerStart} hears of the source when it starts its server (its owner closes it at the end). */
    public RcloneSource(
            RcloneLocation location, ToolSettings tools, DownloadCache cache, Consumer<Source> onServerStart) {
        this.location = location;
        this.rclone = new ExternalTool(
                "rclone",
                tools.rclone(),
                "install it (apt-get install rclone, or rclone.org/install) or set CLIPSIFT_RCLONE to its path",
                location::redact);
        this.options = tools.rcloneConfig() == null
                ? List.of()
                : List.of("--config", tools.rcloneConfig().toString());
        this.cache = cache;
        this.onServerStart = onServerStart;
    }

    @Override
    public String spec() {
        return location.toString();
    }

    @Override
    public Stream<SourceItem> list() {
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("lsjson", "--files-only", "--no-mimetype"));
        if (!location.namesAVideo()) {
            args.add("-R");
        }
        args.add(location.namesAVideo() ? location.fs(fileName()) : location.fs(""));
        ExternalTool.Run run = rclone.start(args, ProcessBuilder.Redirect.PIPE);
        Listing listing = new Listing(run);
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(listing, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(run::close);
    }

    private String fileName() {
        return location.path().substring(location.path().lastIndexOf('/') + 1);
    }

    /** {@code lsjson}'s array read element by element; at its end, rclone's exit status decides. */
    private final class Listing implements Iterator<SourceItem> {
        private final ExternalTool.Run run;
        private JsonParser parser;
        private SourceItem next;
        private boolean done;

        Listing(ExternalTool.Run run) {
            this.run = run;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                try {
                    advance();
                } catch (IOException e) {
                    finish("rclone's listing is not JSON (" + e.getMessage() + ")");
                }
            }
            return next != null;
        }

        private void advance() throws IOException {
            if (parser == null) {
                parser = Json.mapper().getFactory().createParser(run.process().getInputStream());
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    finish("rclone's listing is not a JSON list");
                    return;
                }
            }
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                finish(null);
                return;
            }
            JsonNode e = parser.readValueAsTree();
            String rel = e.path("Path").asText("");
            if (!e.path("IsDir").asBoolean(false)
                    && VideoFiles.isVideoName(e.path("Name").asText(""))
                    && !hidden(rel)) {
                next = new SourceItem(
                        location.shown(rel),
                        e.path("Size").isIntegralNumber() && e.path("Size").asLong() >= 0
                                ? e.path("Size").asLong()
                                : null,
                        mtime(e.path("ModTime").asText(null)),
                        rel);
            }
        }

        /** Ends the listing: rclone's own error wins (unknown remote, missing folder), then {@code problem}. */
        private void finish(String problem) {
            done = true;
            int exit = run.await();
            String errors = exit == 0 ? null : run.errorText();
            run.close();
            if (errors != null) {
                throw new SourceException("cannot list " + spec() + ": " + RcloneErrors.describe(errors, location));
            }
            if (problem != null) {
                throw new SourceException("cannot list " + spec() + ": " + problem);
            }
        }

        @Override
        public SourceItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SourceItem out = next;
            next = null;
            return out;
        }
    }

    private static boolean hidden(String rel) {
        for (String seg : rel.split("/")) {
            if (seg.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Long mtime(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The path below the listed folder (the file name when the source names one file). */
    @Override
    public String relativeName(SourceItem item) {
        return item.location();
    }

    /** A loopback URL of {@code rclone serve http}, which answers FFmpeg's ranged GETs. */
    @Override
    public synchronized String readUrl(SourceItem item) {
        if (server == null) {
            server = RcloneServer.start(rclone, options, location.fs(""), location);
            onServerStart.accept(this);
        }
        return server.url(item.location());
    }

    /** Copies the file with {@code rclone cat} into the cache (temp file, size checked, then renamed). */
    @Override
    public Path materialise(SourceItem item) {
        Path target = cache.target(location.cacheNamespace(), item.location());
        if (cache.fresh(target, item.sizeBytes(), item.mtimeMs())) {
            return target;
        }
        Path tmp = null;
        try {
            tmp = cache.tempFor(target);
            List<String> args = new ArrayList<>(options);
            args.addAll(List.of("cat", location.fs(item.location())));
            String error = rclone.runTo(args, tmp);
            if (error != null) {
                throw new SourceException(RcloneErrors.describe(error, location) + ": " + item.path());
            }
            if (item.sizeBytes() != null && Files.size(tmp) != item.sizeBytes()) {
                throw new SourceException(
                        "rclone delivered " + Files.size(tmp) + " of " + item.sizeBytes() + " bytes: " + item.path());
            }
            cache.commit(tmp, target, item.mtimeMs());
            return target;
        } catch (IOException e) {
            throw new SourceException("cannot write the download cache for " + item.path() + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                DownloadCache.discard(tmp);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
