package dev.clipsift.app.review;

import dev.clipsift.app.sample.PreviewLoader;
import dev.clipsift.app.sample.TileModel;
import dev.clipsift.app.source.LocalFolder;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.review.ReviewQuery;
import dev.clipsift.review.ReviewRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The review screen's state: the opened run, the query the filter panel builds (score ranges, view, tag, text,
 * sort), the review set (clips "similar to this", a semantic search or a selection on the map; null: every
 * clip), the filtered rows and the page of 12 tiles shown (only those decode previews), the current clip and the
 * selection, and the caption of the current clip. Re-filtering runs in memory on the UI thread; opening, export
 * and re-captioning run in the background. {@code revision} counts changes, for views that redraw.
 */
public final class ReviewViewModel {
    public static final int PAGE_SIZE = 12;
    public static final int COLUMNS = 4;

    private final Executor background;
    private final Executor ui;
    private final PreviewLoader loader;
    private final ProbeService probes;
    private final ReviewEdits edits = new ReviewEdits();
    private final ReviewTasks tasks = new ReviewTasks(this);
    private final ObjectProperty<ReviewRun> run = new SimpleObjectProperty<>();
    private final ObjectProperty<ReviewQuery> query = new SimpleObjectProperty<>(ReviewQuery.all());
    private final ObjectProperty<int[]> reviewSet = new SimpleObjectProperty<>();
    private final ObservableList<TileModel> tiles = FXCollections.observableArrayList();
    private final ObservableSet<Integer> selected = FXCollections.observableSet();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final StringProperty status = new SimpleStringProperty("Open a run folder to review it.");
    private int[] rows = new int[0];
    private int[] pageRows = new int[0];
    private LocalFolder clips;

    public ReviewViewModel(Executor background, Executor ui, PreviewLoader loader, ProbeService probes) {
        this.background = background;
        this.ui = ui;
        this.loader = loader;
        this.probes = probes;
    }

    /** Opens the run in {@code root} in the background (records read, journal replayed). */
    public void open(Path root) {
        tasks.open(root);
    }

    /** Called by the tasks on the UI thread once {@code r} is open. */
    void opened(ReviewRun r) {
        ReviewRun old = run.get();
        if (old != null && old != r) {
            tasks.close(old);
        }
        clips = new LocalFolder(r.root().resolve("clips"), probes);
        edits.stack().clear();
        run.set(r);
        reviewSet.set(null);
        selected.clear();
        current.set(-1);
        page.set(0);
        refilter();
    }

    /** Narrows {@code score} to {@code [lo, hi]}; the run's whole range takes the limit away. */
    public void range(String score, double lo, double hi) {
        ReviewRun r = run.get();
        boolean whole = lo <= r.index().min(score) && hi >= r.index().max(score);
        query.set(query.get().withRange(score, whole ? null : new ReviewQuery.Range(lo, hi)));
        refilter();
    }

    public void view(ReviewQuery.View v) {
        query.set(query.get().withView(v));
        refilter();
    }

    public void tagFilter(String tag) {
        query.set(query.get().withTag(tag));
        refilter();
    }

    public void text(String text) {
        query.set(query.get().withText(text));
        refilter();
    }

    public void sort(String score, boolean descending) {
        query.set(query.get().sortedBy(score, descending));
        refilter();
    }

    /** Limits the grid to {@code set} (in that order), or to every clip again when null. */
    public void reviewSet(int[] set) {
        reviewSet.set(set);
        page.set(0);
        refilter();
    }

    /** Applies the query (and the review set) and shows the page, kept in range. */
    public void refilter() {
        ReviewRun r = run.get();
        if (r == null) {
            return;
        }
        int[] matching = r.index().filter(query.get());
        if (reviewSet.get() != null) {
            matching = Rows.keep(reviewSet.get(), matching, r.index().size());
        }
        rows = matching;
        page.set(Math.max(0, Math.min(page.get(), pages() - 1)));
        showPage();
    }

    private void showPage() {
        ReviewRun r = run.get();
        int from = page.get() * PAGE_SIZE;
        int to = Math.min(rows.length, from + PAGE_SIZE);
        pageRows = java.util.Arrays.copyOfRange(rows, Math.min(from, to), to);
        List<TileModel> next = new ArrayList<>();
        for (int i = 0; i < pageRows.length; i++) {
            next.add(new TileModel(r.video(pageRows[i]).toString(), from + i, ReviewTile.title(r.clip(pageRows[i]))));
        }
        List<String> prefetch = new ArrayList<>();
        for (int i = to; i < Math.min(rows.length, to + PAGE_SIZE); i++) {
            prefetch.add(r.video(rows[i]).toString());
        }
        tiles.setAll(next);
        if (pageRows.length > 0 && java.util.Arrays.stream(pageRows).noneMatch(x -> x == current.get())) {
            current.set(pageRows[0]);
        } else if (pageRows.length == 0) {
            current.set(-1);
        }
        loader.show(clips, next, prefetch);
        revision.set(revision.get() + 1);
        status.set(
                rows.length + " of " + r.index().size() + " clips" + (reviewSet.get() == null ? "" : " (review set)"));
    }

    public int pages() {
        return Math.max(1, (rows.length + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public void page(int p) {
        page.set(Math.max(0, Math.min(p, pages() - 1)));
        showPage();
    }

    /** Moves the current clip by {@code delta} through the filtered rows, turning pages as it goes. */
    public void step(int delta) {
        if (rows.length == 0) {
            return;
        }
        int at = Math.max(0, Rows.indexOf(rows, current.get()));
        int next = Math.max(0, Math.min(rows.length - 1, at + delta));
        if (next / PAGE_SIZE != page.get()) {
            page.set(next / PAGE_SIZE);
            showPage();
        }
        current.set(rows[next]);
        revision.set(revision.get() + 1);
    }

    /** The rows an action applies to: the selection, else the current clip. */
    int[] targets() {
        if (!selected.isEmpty()) {
            return selected.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return current.get() < 0 ? new int[0] : new int[] {current.get()};
    }

    public void keep() {
        change(() -> edits.decide(run.get(), targets(), true, null), "kept");
    }

    public void reject(String reason) {
        change(() -> edits.decide(run.get(), targets(), false, reason), "rejected");
    }

    public void tag(String tag, boolean add) {
        if (tag != null && !tag.isBlank()) {
            change(() -> edits.tag(run.get(), targets(), tag.strip(), add), add ? "tagged " + tag : "untagged " + tag);
        }
    }

    /** Sets window {@code window} of the current clip's caption. */
    public void editCaption(int window, String text) {
        int row = current.get();
        if (row >= 0) {
            change(() -> edits.caption(run.get(), row, window, text), "caption edited");
        }
    }

    public void undo() {
        change(() -> edits.stack().undo(), "undone");
    }

    public void redo() {
        change(() -> edits.stack().redo(), "redone");
    }

    /** Something the journal must hold first; the views redraw after it. */
    interface Change {
        void run() throws IOException;
    }

    private void change(Change c, String what) {
        if (run.get() == null) {
            return;
        }
        try {
            c.run();
            status.set(what + " \u2014 " + rows.length + " clips shown");
        } catch (IOException e) {
            status.set("Could not write the review journal: " + e.getMessage());
        }
        revision.set(revision.get() + 1);
    }

    public ReviewTasks tasks() {
        return tasks;
    }

    Executor background() {
        return background;
    }

    Executor ui() {
        return ui;
    }

    public UndoStack undoStack() {
        return edits.stack();
    }

    public ObjectProperty<ReviewRun> run() {
        return run;
    }

    public ObjectProperty<ReviewQuery> query() {
        return query;
    }

    public ObservableList<TileModel> tiles() {
        return tiles;
    }

    /** The rows of the tiles shown, in tile order. */
    public int[] pageRows() {
        return pageRows.clone();
    }

    /** The filtered rows, in order. */
    public int[] rows() {
        return rows.clone();
    }

    public ObservableSet<Integer> selected() {
        return selected;
    }

    public IntegerProperty page() {
        return page;
    }

    public IntegerProperty current() {
        return current;
    }

    public IntegerProperty revision() {
        return revision;
    }

    public StringProperty status() {
        return status;
    }
}
