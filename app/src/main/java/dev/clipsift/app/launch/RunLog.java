package dev.clipsift.app.launch;

import dev.clipsift.app.concurrent.UiCoalescer;
import dev.clipsift.model.InputRecord;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The launcher's log panel: the run's lines (each video as it is done, with its clip counts or its errors, the
 * engine's warnings, how the run ended), timestamped, at most {@link #CAPACITY} of them (the oldest go first).
 * Any thread may add a line; the FX thread gets them in batches, at most one update per pulse.
 */
public final class RunLog {
    /** Lines kept. */
    public static final int CAPACITY = 2000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ConcurrentLinkedQueue<String> incoming = new ConcurrentLinkedQueue<>();
    private final UiCoalescer flush;

    public RunLog(Executor ui) {
        this.flush = new UiCoalescer(ui, this::drain);
    }

    /** Adds a line (from any thread). */
    public void add(String line) {
        incoming.add(LocalTime.now().format(TIME) + "  " + line);
        flush.request();
    }

    /** A finished video: its clips by status, or what went wrong with it. */
    public void video(Object item) {
        if (!(item instanceof InputRecord r)) {
            return;
        }
        String name = r.relativePath() != null ? r.relativePath() : r.sourceVideo();
        if (r.failedItself()) {
            add(name + ": failed: " + r.errors());
            return;
        }
        add(String.format(
                Locale.ROOT,
                "%s: %d clips (%d ok, %d filtered, %d duplicate, %d failed)",
                name,
                r.clips().total(),
                r.clips().ok(),
                r.clips().filtered(),
                r.clips().duplicate(),
                r.clips().failed()));
    }

    private void drain() {
        List<String> batch = new ArrayList<>();
        for (String s; (s = incoming.poll()) != null; ) {
            batch.add(s);
        }
        lines.addAll(batch);
        if (lines.size() > CAPACITY) {
            lines.remove(0, lines.size() - CAPACITY);
        }
    }

    /** Empties the panel (a new run begins). */
    public void clear() {
        incoming.clear();
        lines.clear();
    }

    /** The lines shown, oldest first (FX thread). */
    public ObservableList<String> lines() {
        return lines;
    }
}
