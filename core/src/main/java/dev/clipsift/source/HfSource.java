package dev.clipsift.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The videos of a Hugging Face dataset ({@code hf://datasets/OWNER/NAME[@REVISION][/PATH]}). Listing pages through
 * the Hub's tree API lazily (one page in memory at a time, following its {@code Link: rel="next"} header); a path
 * that names a video file is that one file. Bytes are read from the Hub's resolve URL, which redirects to a CDN
 * and supports ranges. Without a token FFmpeg reads the resolve URL in place; with one, it reads the signed CDN
 * URL the Hub redirects to (the token never reaches FFmpeg or the CDN), or a downloaded copy when the Hub serves
 * the file itself. Items are shown as {@code hf://datasets/OWNER/NAME[@REVISION]/FILE}.
 */
public final class HfSource implements Source {
    private final HfLocation location;
    private final HfSettings settings;
    private final HttpFetcher http;
    private final DownloadCache cache;

    public HfSource(HfLocation location, HfSettings settings, HttpFetcher http, DownloadCache cache) {
        this.location = location;
        this.settings = settings;
        this.http = http;
        this.cache = cache;
    }

    @Override
    public String spec() {
        return location.toString();
    }

    @Override
    public Stream<SourceItem> list() {
        if (location.namesAVideo()) {
            return Stream.of(item(location.path(), null));
        }
        Iterator<SourceItem> pages = new Iterator<>() {
            private final Deque<SourceItem> page = new ArrayDeque<>();
            private URI next = location.treeUrl(settings.endpoint());

            @Override
            public boolean hasNext() {
                while (page.isEmpty() && next != null) {
                    URI url = next;
                    // the token goes to the endpoint only, even if a page names its next page elsewhere
                    Map<String, String> headers =
                            HttpHeaders.sameOrigin(url, settings.endpoint()) ? settings.headers() : Map.of();
                    HttpFetcher.Page p = hub(() -> http.page(url, headers, spec()), spec(), true);
                    next = p.next();
                    addVideos(p.body());
                }
                return !page.isEmpty();
            }

            private void addVideos(byte[] body) {
                JsonNode entries;
                try {
                    entries = Json.mapper().readTree(body);
                } catch (IOException e) {
                    throw new SourceException("cannot list " + spec() + ": the Hub's answer is not JSON");
                }
                if (!entries.isArray()) {
                    throw new SourceException("cannot list " + spec() + ": the Hub's answer is not a list of files");
                }
                for (JsonNode e : entries) {
                    String path = e.path("path").asText("");
                    String name = path.substring(path.lastIndexOf('/') + 1);
                    if ("file".equals(e.path("type").asText())
                            && VideoFiles.isVideoName(name)
                            && !name.startsWith(".")) {
                        page.add(item(
                                path,
                                e.path("size").isIntegralNumber()
                                        ? e.path("size").asLong()
                                        : null));
                    }
                }
            }

            @Override
            public SourceItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.poll();
            }
        };
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private SourceItem item(String repoPath, Long size) {
        return new SourceItem(location.shown(repoPath), size, null, repoPath);
    }

    private URI resolveUrl(SourceItem item) {
        return location.resolveUrl(settings.endpoint(), item.location());
    }

    /**
     * Adds the modification time of the file's stored copy (the CDN's Last-Modified, found with a one-byte ranged
     * read), and its size when the listing did not give it, so that probe results can be cached and reused.
     */
    @Override
    public SourceItem describe(SourceItem item) {
        if (item.sizeBytes() != null && item.mtimeMs() != null) {
            return item;
        }
        HttpFetcher.Head head =
                hub(() -> http.head(resolveUrl(item), settings.headers(), item.path()), item.path(), false);
        return item.withSize(item.sizeBytes() != null ? item.sizeBytes() : head.size(), head.mtimeMs());
    }

    @Override
    public String readUrl(SourceItem item) {
        if (!settings.hasToken()) {
            return resolveUrl(item).toString();
        }
        URI signed = hub(() -> http.locate(resolveUrl(item), settings.headers(), item.path()), item.path(), false);
        return signed != null ? signed.toString() : materialise(item).toString();
    }

    /** Downloads the file (with retries and resume) into the cache, under the dataset, revision and its path. */
    @Override
    public Path materialise(SourceItem item) {
        Path target = cache.target(location.cacheNamespace(), item.location());
        SourceItem known = describe(item);
        if (cache.fresh(target, known.sizeBytes(), known.mtimeMs())) {
            return target;
        }
        Path tmp = null;
        try {
            tmp = cache.tempFor(target);
            Path dest = tmp;
            hub(
                    () -> {
                        http.download(resolveUrl(item), settings.headers(), dest, known.sizeBytes(), item.path());
                        return null;
                    },
                    item.path(),
                    false);
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

    /** Runs a request to the Hub about {@code shown} (the listing itself, or one file), putting refusals in the Hub's words. */
    private <T> T hub(Supplier<T> call, String shown, boolean listing) {
        try {
            return call.get();
        } catch (HttpFetcher.Refused e) {
            String why = HfErrors.describe(e, settings.hasToken(), location.revision());
            throw new SourceException(listing ? "cannot list " + shown + ": " + why : why + ": " + shown, e);
        } catch (SourceException e) {
            throw new SourceException(e.getMessage() + " (Hub endpoint " + settings.endpointShown() + ")", e);
        }
    }
}
