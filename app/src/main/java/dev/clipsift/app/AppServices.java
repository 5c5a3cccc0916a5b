package dev.clipsift.app;

import dev.clipsift.app.concurrent.Threads;
import dev.clipsift.app.settings.Secrets;
import dev.clipsift.app.settings.SettingsStore;
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
 * (with its on-disk cache), the sources (with the download cache of remote videos), the pools that run their work and the UI thread's executor,
 * and the user's settings and secrets. The settings take effect here: the preview cache's size limit, the threads
 * that probe and make previews, and the S3 defaults the sources open with.
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
    private final SettingsStore settings;
    private final Secrets secrets;

    private AppServices(
            ProbeCache probeCache,
            PreviewService previews,
            Path downloadDir,
            SettingsStore settings,
            Secrets secrets,
            Executor ui) {
        this.probeCache = probeCache;
        this.settings = settings;
        this.secrets = secrets;
        int threads = settings.get().effectiveThreads();
        this.probes = new ProbeService(probeCache, threads);
        this.previews = previews;
        this.sources = new SourceAccess(probes, probeCache, downloadDir);
        sources.settings(settings.get().s3().toS3Settings());
        this.background = Threads.pool("clipsift-work", 2);
        this.previewPool = Threads.pool("clipsift-preview", Math.max(2, threads / 2));
        this.jobs = Threads.pool("clipsift-job", 2);
        this.ui = ui;
    }

    /** Opens the caches under {@code cacheDir} with default settings kept beside them and no keyring (tests, tools). */
    public static AppServices open(Path cacheDir, Executor ui) throws IOException {
        return open(cacheDir, new SettingsStore(cacheDir.resolve("settings.json")), Secrets.inMemory(), ui);
    }

    /** Opens the caches under {@code cacheDir} (the app: {@code settings.get().effectiveCacheDir()}) with {@code settings}. */
    public static AppServices open(Path cacheDir, SettingsStore settings, Secrets secrets, Executor ui)
            throws IOException {
        ProbeCache cache = ProbeCache.open(cacheDir.resolve("probe-cache.jsonl"));
        PreviewCache previewCache =
                new PreviewCache(cacheDir.resolve("previews"), settings.get().effectivePreviewCacheBytes());
        PreviewService previews = new PreviewService(previewCache, PreviewSpec.TILE);
        return new AppServices(cache, previews, cacheDir.resolve("downloads"), settings, secrets, ui);
    }

    /** The user's settings (the Settings dialog edits them). */
    public SettingsStore settings() {
        return settings;
    }

    /** The secrets the Settings dialog took (the captioning API key): keyring or this session only. */
    public Secrets secrets() {
        return secrets;
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
