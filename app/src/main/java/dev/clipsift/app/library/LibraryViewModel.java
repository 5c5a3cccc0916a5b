package dev.clipsift.app.library;

import dev.clipsift.app.Format;
import dev.clipsift.app.concurrent.UiCoalescer;
import dev.clipsift.app.source.OpenedSource;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.probe.VideoRecord;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listing of one source (a folder, an S3 prefix, a URL list, a dataset): lists its videos and probes them in the background (through the probe cache),
 * adding records in batches as they come, with progress and cancel. Owns no window: tests drive it with
 * synchronous executors.
 */
public final class LibraryViewModel {
    /** The longest probing waits for the sample's first page. */
    public static final long MAX_HOLD_MS = 15_000;

    private static final Logger LOG = LoggerFactory.getLogger(LibraryViewModel.class);

    private final ProbeService probes;
    private final Executor background;
    private final Executor ui;

    private final ObservableList<VideoRecord> records = FXCollections.observableArrayList();
    private final ObjectProperty<OpenedSource> source = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty(
            "Open a folder of videos (or an s3://, hf://, urls:, rclone:, ytdlp: or https source) to begin.");
    private final List<String> warnings = new ArrayList<>();
    private AtomicBoolean current = new AtomicBoolean();
    private long openedAtNanos;

    public LibraryViewModel(ProbeService probes, Executor background, Executor ui) {
        this.probes = probes;
        this.background = background;
        this.ui = ui;
    }

    /** Lists and probes {@code source}, replacing whatever was shown; a job still running is cancelled. */
    public void open(OpenedSource source) {
        open(source, CompletableFuture.completedFuture(null));
    }

    /**
     * Lists {@code src} at once but starts probing it only when {@code probeAfter} completes (at most
     * {@link #MAX_HOLD_MS} later), so the sample browser's visible page has the disk and cores to itself first.
     */
    public void open(OpenedSource src, Future<?> probeAfter) {
        cancel();
        AtomicBoolean cancelled = new AtomicBoolean();
        current = cancelled;
        records.clear();
        warnings.clear();
        source.set(src);
        if (src.folder() != null && !Files.isDirectory(src.folder())) {
            status.set("Not a folder: " + src.spec());
            return;
        }
        busy.set(true);
        openedAtNanos = System.nanoTime();
        progress.set(-1);
        status.set("Listing " + src.spec() + " \u2026");
        background.execute(() -> run(src, probeAfter, cancelled));
    }

    private void run(OpenedSource src, Future<?> probeAfter, AtomicBoolean cancelled) {
        List<String> seen = new ArrayList<>();
        try {
            List<String> files;
            try (Stream<String> listing = src.list(w -> {
                synchronized (seen) {
                    seen.add(w);
                }
            })) {
                files = listing.takeWhile(p -> !cancelled.get()).toList();
            }
            int total = files.size();
            if (!probeAfter.isDone()) {
                ui.execute(() -> {
                    if (!cancelled.get()) {
                        status.set(
                                "Listed " + total + " videos; probing them once the sample's first page shows \u2026");
                    }
                });
                await(probeAfter, cancelled);
            }
            ConcurrentLinkedQueue<VideoRecord> arrived = new ConcurrentLinkedQueue<>();
            AtomicInteger done = new AtomicInteger();
            UiCoalescer flush = new UiCoalescer(ui, () -> {
                if (cancelled.get()) {
                    return;
                }
                List<VideoRecord> batch = new ArrayList<>();
                for (VideoRecord r; (r = arrived.poll()) != null; ) {
                    batch.add(r);
                }
                records.addAll(batch);
                progress.set(total == 0 ? 1 : done.get() / (double) total);
                status.set("Probing " + done.get() + " of " + total + " videos \u2026");
            });
            probes.probeEach(
                    files.stream(),
                    src::probe,
                    r -> {
                        arrived.add(r);
                        done.incrementAndGet();
                        flush.request();
                    },
                    cancelled);
            ui.execute(() -> finish(cancelled, arrived, done.get(), total, seen));
        } catch (RuntimeException e) {
            ui.execute(() -> {
                if (!cancelled.get()) {
                    busy.set(false);
                    progress.set(0);
                    status.set(Format.problem("Cannot list " + src.spec(), e));
                }
            });
        }
    }

    private static void await(Future<?> gate, AtomicBoolean cancelled) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_HOLD_MS);
        while (!cancelled.get() && System.nanoTime() < deadline) {
            try {
                gate.get(100, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // look at the cancel flag and the deadline again
            } catch (ExecutionException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void finish(
            AtomicBoolean cancelled, ConcurrentLinkedQueue<VideoRecord> rest, int done, int total, List<String> seen) {
        if (cancelled.get()) {
            return;
        }
        for (VideoRecord r; (r = rest.poll()) != null; ) {
            records.add(r);
        }
        warnings.addAll(seen);
        long bad = records.stream().filter(r -> !r.ok()).count();
        LOG.info(
                "listing settled: {} videos listed and probed in {} ms",
                total,
                (System.nanoTime() - openedAtNanos) / 1_000_000);
        busy.set(false);
        progress.set(1);
        if (total == 0) {
            status.set("No video files found under " + source.get().spec());
        } else {
            status.set(total + " videos" + (bad > 0 ? ", " + bad + " unreadable" : "")
                    + (warnings.isEmpty() ? "" : " (" + warnings.size() + " warnings: " + warnings.get(0) + ")"));
        }
    }

    /** Shows a one-line problem in the status (a bad path typed in, say). */
    public void report(String problem) {
        status.set(problem);
    }

    /** Stops the running job; what was probed so far stays listed. */
    public void cancel() {
        current.set(true);
        if (busy.get()) {
            busy.set(false);
            status.set("Cancelled: " + records.size() + " videos probed.");
        }
    }

    public ObservableList<VideoRecord> records() {
        return records;
    }

    /** What is listed: a folder or a remote source. */
    public ReadOnlyObjectProperty<OpenedSource> sourceProperty() {
        return source;
    }

    /** 0..1, or -1 while the total is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
