package dev.clipsift.app;

import dev.clipsift.app.concurrent.Threads;
import dev.clipsift.app.source.SourceAccess;
import dev.clipsift.preview.PreviewCache;
import dev.clipsift.preview.PreviewService;
import dev.clipsift.preview.PreviewSpec;
import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * The engine pieces the screens share: the probe service (with its on-disk cache), the preview service
 * (with its on-disk cache), the sources (with the download cache of remote videos), the pools that run their work and the UI thread's executor.
 */
public final class AppServices implements AutoCloseable {
    private final ProbeCache probeCache;
    private final ProbeService probes;
    private final PreviewService previews;
    private final ExecutorService background;
    private final ExecutorService previewPool;
    private final ExecutorService jobs;
    private final Executor ui;
    private final SourceAccess sources;

    private AppServices(ProbeCache probeCache, PreviewService previews, Path downloadDir, Executor ui) {
        this.probeCache = probeCache;
        this.probes = new ProbeService(probeCache, ProbeService.defaultThreads());
        this.previews = previews;
        this.sources = new SourceAccess(probes, probeCache, downloadDir);
        this.background = Threads.pool("clipsift-work", 2);
        this.previewPool = Threads.pool(
                "clipsift-preview", Math.max(2, Runtime.getRuntime().availableProcessors() / 2));
        this.jobs = Threads.pool("clipsift-job", 2);
        this.ui = ui;
    }

    /** Opens the caches under {@code cacheDir} ({@link ProbeCache#defaultDir()} in the app). */
    public static AppServices open(Path cacheDir, Executor ui) throws IOException {
        ProbeCache cache = ProbeCache.open(cacheDir.resolve("probe-cache.jsonl"));
        PreviewService previews = new PreviewService(new PreviewCache(cacheDir.resolve("previews")), PreviewSpec.TILE);
        return new AppServices(cache, previews, cacheDir.resolve("downloads"), ui);
    }

    public ProbeService probes() {
        return probes;
    }

    /** Opens folders and remote sources with the S3 options set in the window. */
    public SourceAccess sources() {
        return sources;
    }

    public PreviewService previews() {
        return previews;
    }

    /** Listing, probing, sampling, exports. */
    public Executor background() {
        return background;
    }

    /** Tile previews (their queue is cancelled page by page). */
    public Executor previewPool() {
        return previewPool;
    }

    /** Long jobs the user starts and may cancel (grid videos, curation runs); they bring their own pools. */
    public Executor jobs() {
        return jobs;
    }

    public Executor ui() {
        return ui;
    }

    @Override
    public void close() throws IOException {
        background.shutdownNow();
        previewPool.shutdownNow();
        jobs.shutdownNow();
        sources.close();
        probeCache.close();
    }
}
