package dev.clipsift.source;

import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeFailure;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Probes the items of any {@link Source}. Local files go through {@link ProbeService} as before. Remote
 * items are read per {@link ReadMode}: in place through a presigned or plain URL (FFmpeg issues ranged
 * GETs for the headers it needs) or from a downloaded copy. In place, transient failures (5xx, resets,
 * timeouts) are tried again with backoff, 4xx answers are final, and an item that reads as broken is
 * confirmed on a downloaded copy. Whatever still fails becomes that item's error and the run goes on. Good results of
 * remote items are cached by shown path, size and mtime.
 */
public final class SourceProber {
    /**
     * FFmpeg's http options for ranged reads: bounded requests (64 KiB first, then 256 KiB) on one kept-alive
     * connection, so a seek does not pull the rest of the object down an open-ended range (docs/bench-s3.md:
     * 19 MB instead of 178 MB over the wire for 120 clips); a stalled read fails after 30 s instead of
     * hanging the probe thread.
     */
    private static final Map<String, String> HTTP_OPTIONS = Map.of(
            "rw_timeout",
            "30000000",
            "multiple_requests",
            "1",
            "initial_request_size",
            "65536",
            "request_size",
            "262144");

    private final Prober prober = new Prober();
    private final ProbeService service;
    private final ProbeCache cache;
    private final ReadMode mode;
    private final Backoff backoff;

    public SourceProber(ProbeService service, ProbeCache cache, ReadMode mode, Backoff backoff) {
        this.service = service;
        this.cache = cache;
        this.mode = mode;
        this.backoff = backoff;
    }

    private record Listed(Source source, SourceItem item) {}

    /** Probes every item of every source in order, handing records to {@code sink}; stops early when cancelled. */
    public void probeAll(List<Source> sources, Consumer<VideoRecord> sink, AtomicBoolean cancelled) {
        service.probeEach(
                sources.stream().flatMap(s -> s.list().map(i -> new Listed(s, i))),
                l -> probe(l.source(), l.item()),
                sink,
                cancelled);
    }

    /** One item's record; never throws for a bad or unreachable item. */
    public VideoRecord probe(Source source, SourceItem item) {
        if (!source.remote()) {
            return service.probe(Path.of(item.location()));
        }
        SourceItem known;
        try {
            known = source.describe(item);
        } catch (SourceException e) {
            return VideoRecord.failed(item.path(), null, null, ProbeFailure.DOWNLOAD_FAILED, e.getMessage());
        }
        if (cache != null && known.sizeBytes() != null && known.mtimeMs() != null) {
            VideoRecord hit = cache.get(known.path(), known.sizeBytes(), known.mtimeMs());
            if (hit != null) {
                return hit;
            }
        }
        VideoRecord r;
        try {
            r = mode == ReadMode.RANGE ? probeInPlace(source, known) : probeCopy(source, known);
        } catch (SourceException e) {
            r = VideoRecord.failed(
                    known.path(), known.sizeBytes(), known.mtimeMs(), ProbeFailure.DOWNLOAD_FAILED, e.getMessage());
        }
        if (cache != null && r.ok()) {
            try {
                cache.put(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the probe cache", e);
            }
        }
        return r;
    }

    private VideoRecord probeCopy(Source source, SourceItem item) {
        Path local = source.materialise(item);
        return prober.probeUrl(local.toString(), item.path(), item.sizeBytes(), item.mtimeMs());
    }

    private VideoRecord probeInPlace(Source source, SourceItem item) {
        VideoRecord r = null;
        for (int attempt = 1; attempt <= backoff.maxAttempts(); attempt++) {
            r = prober.probeUrl(source.readUrl(item), item.path(), item.sizeBytes(), item.mtimeMs(), HTTP_OPTIONS);
            if (r.ok() || refused(r.error())) {
                return r;
            }
            if (!worthRetrying(r.error())) {
                // looks like bad content, but a connection the server dropped mid-seek reads the same way
                // ("partial file"): confirm on a complete copy before calling the object broken
                return probeCopy(source, item);
            }
            if (attempt < backoff.maxAttempts() && !backoff.pauseAfter(attempt)) {
                break;
            }
        }
        return VideoRecord.failed(
                item.path(),
                item.sizeBytes(),
                item.mtimeMs(),
                ProbeFailure.DOWNLOAD_FAILED,
                r.error() + " (after " + backoff.maxAttempts() + " attempts)");
    }

    /** FFmpeg's words for a 4xx answer (forbidden, not found, expired URL): final, no retry or download. */
    static boolean refused(String error) {
        return error != null && error.contains("Server returned 4");
    }

    /** FFmpeg's words for failures that another attempt may not meet (server errors, resets, timeouts). */
    static boolean worthRetrying(String error) {
        String e = error == null ? "" : error.toLowerCase(Locale.ROOT);
        return e.contains("5xx")
                || e.contains("reset by peer")
                || e.contains("timed out")
                || e.contains("input/output error");
    }
}
