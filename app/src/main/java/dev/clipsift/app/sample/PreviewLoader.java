package dev.clipsift.app.sample;

import dev.clipsift.app.source.OpenedSource;
import dev.clipsift.preview.PreviewService;
import dev.clipsift.probe.VideoRecord;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the tiles of the visible page in the background: probe record first (through the probe cache), then
 * the preview (LRU of decoded images, then the on-disk preview cache, then the source). The visible page is
 * queued first and the next page after it; showing another page cancels everything queued for the last one.
 */
public final class PreviewLoader {
    private static final Logger LOG = LoggerFactory.getLogger(PreviewLoader.class);

    private final PreviewService previews;
    private final PreviewImages images;
    private final Executor pool;
    private final Executor ui;
    private final List<FutureTask<?>> queued = new ArrayList<>();
    private AtomicBoolean cancelled = new AtomicBoolean();
    private long shownAtNanos;
    private int waiting;
    private CompletableFuture<Void> pageShown = CompletableFuture.completedFuture(null);

    public PreviewLoader(PreviewService previews, PreviewImages images, Executor pool, Executor ui) {
        this.previews = previews;
        this.images = images;
        this.pool = pool;
        this.ui = ui;
    }

    /**
     * Loads {@code visible} (videos of {@code source}) now and, for a local folder, warms the caches for
     * {@code prefetch}; call on the UI thread. A remote source's next page is not prefetched: only the visible
     * page's videos are downloaded. The future
     * completes (on the UI thread) once every visible tile shows its first frame or its problem, or when
     * another page replaces this one.
     */
    public CompletableFuture<Void> show(OpenedSource source, List<TileModel> visible, List<String> prefetch) {
        cancelAll();
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        shownAtNanos = System.nanoTime();
        waiting = visible.size();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        pageShown = shown;
        if (visible.isEmpty()) {
            shown.complete(null);
        }
        for (TileModel tile : visible) {
            Preview hit = images.get(tile.path());
            if (hit != null) {
                tile.previewProperty().set(hit);
            }
            submit(() -> load(source, tile, stop));
        }
        for (String p : source.folder() == null ? List.<String>of() : prefetch) {
            if (images.get(p) == null) {
                submit(() -> warm(source, p, stop));
            }
        }
        return shown;
    }

    /** Drops every queued load and asks running ones to stop. */
    public void cancelAll() {
        cancelled.set(true);
        pageShown.complete(null);
        queued.forEach(t -> t.cancel(false));
        queued.clear();
    }

    private void submit(Runnable work) {
        FutureTask<Void> task = new FutureTask<>(work, null);
        queued.add(task);
        pool.execute(task);
    }

    private void load(OpenedSource source, TileModel tile, AtomicBoolean stop) {
        if (stop.get()) {
            return;
        }
        VideoRecord r = source.probe(tile.path());
        ui.execute(() -> tile.recordProperty().set(r));
        if (!r.ok()) {
            ui.execute(() -> {
                tile.problemProperty().set(r.error());
                tileDone(stop);
            });
            return;
        }
        try {
            Preview p = preview(tile.path(), source.file(tile.path()), stop);
            ui.execute(() -> {
                tile.previewProperty().set(p);
                tileDone(stop);
            });
        } catch (CancellationException e) {
            // the page changed: nobody is waiting for this tile any more
        } catch (IOException | RuntimeException e) {
            String why = "cannot preview: " + e.getMessage();
            ui.execute(() -> {
                tile.problemProperty().set(why);
                tileDone(stop);
            });
        }
    }

    /** Logs how long the page took until every tile showed its first frame (or its problem). */
    private void tileDone(AtomicBoolean stop) {
        if (stop == cancelled && --waiting == 0) {
            LOG.info(
                    "page shown: every tile has its first frame after {} ms ({} ms since the app started)",
                    (System.nanoTime() - shownAtNanos) / 1_000_000,
                    ManagementFactory.getRuntimeMXBean().getUptime());
            pageShown.complete(null);
        }
    }

    private void warm(OpenedSource source, String p, AtomicBoolean stop) {
        if (stop.get() || !source.probe(p).ok()) {
            return;
        }
        try {
            preview(p, source.file(p), stop);
        } catch (IOException | RuntimeException e) {
            // only warming: the tile reports the problem when its page is shown
        }
    }

    private Preview preview(String shown, Path file, AtomicBoolean stop) throws IOException {
        Preview hit = images.get(shown);
        if (hit != null) {
            return hit;
        }
        Preview made = Preview.of(previews.get(file, stop::get));
        images.put(shown, made);
        return made;
    }
}
