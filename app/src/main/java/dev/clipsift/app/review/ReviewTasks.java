package dev.clipsift.app.review;

import dev.clipsift.pipeline.PipelineRunner;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.review.Recaption;
import dev.clipsift.review.ReviewRun;
import dev.clipsift.review.ReviewVectors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The review's background work: opening a run, "similar to this", semantic caption search, the embedding map,
 * the export and re-captioning a selection. Each runs on the background executor and reports on the UI thread,
 * in the status line; a failure is said there in words.
 */
public final class ReviewTasks {
    /** Seed of the map's projection: the same run gives the same map. */
    static final long MAP_SEED = 42;

    private final ReviewViewModel model;
    private final ObjectProperty<float[]> map = new SimpleObjectProperty<>();

    ReviewTasks(ReviewViewModel model) {
        this.model = model;
    }

    private <T> void run(String doing, Callable<T> work, Consumer<T> done) {
        model.status().set(doing + " \u2026");
        model.background().execute(() -> {
            try {
                T result = work.call();
                model.ui().execute(() -> done.accept(result));
            } catch (Exception e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                model.ui().execute(() -> model.status().set(doing + " failed: " + why));
            }
        });
    }

    void open(Path root) {
        List<String> warnings = new ArrayList<>();
        run("Opening " + root, () -> ReviewRun.open(root, ReviewRun.defaultAuthor(), warnings::add), r -> {
            map.set(null);
            model.opened(r);
            if (!warnings.isEmpty()) {
                model.status().set(model.status().get() + " \u2014 " + String.join("; ", warnings));
            }
        });
    }

    void close(ReviewRun r) {
        model.background().execute(() -> {
            try {
                r.close();
            } catch (java.io.IOException e) {
                // the journal was forced after every entry; closing it loses nothing
            }
        });
    }

    /** The current clip and the clips nearest it by embedding become the review set. */
    public void similarToCurrent() {
        ReviewRun r = model.run().get();
        int row = model.current().get();
        if (r == null || row < 0) {
            return;
        }
        run(
                "Finding clips like " + r.index().id(row),
                () -> {
                    ReviewVectors v = r.vectors();
                    if (v == null || !v.has(row)) {
                        throw new IllegalStateException("this run has no embedding for that clip (run clipsift embed)");
                    }
                    int[] near = v.similar(row, 4 * ReviewViewModel.PAGE_SIZE - 1);
                    int[] set = new int[near.length + 1];
                    set[0] = row;
                    System.arraycopy(near, 0, set, 1, near.length);
                    return set;
                },
                model::reviewSet);
    }

    /** The clips whose captions mean most nearly {@code query} become the review set; text search without embeddings. */
    public void semanticSearch(String query) {
        ReviewRun r = model.run().get();
        if (r == null || query == null || query.isBlank()) {
            return;
        }
        run(
                "Searching captions for \u201c" + query + "\u201d",
                () -> {
                    if (!r.hasCaptionEmbeddings()) {
                        return null;
                    }
                    return r.semanticSearch(query, 4 * ReviewViewModel.PAGE_SIZE);
                },
                rows -> {
                    if (rows == null) {
                        model.text(query);
                        model.status()
                                .set(
                                        model.status().get()
                                                + " \u2014 no caption embeddings in this run (clipsift embed): text search only");
                    } else {
                        model.reviewSet(rows);
                    }
                });
    }

    /** Computes the embedding map once per run (x, y per row; NaN without a vector). */
    public void loadMap() {
        ReviewRun r = model.run().get();
        if (r == null || map.get() != null) {
            return;
        }
        run(
                "Projecting the embeddings",
                () -> {
                    ReviewVectors v = r.vectors();
                    if (v == null) {
                        throw new IllegalStateException("this run has no embeddings (run clipsift embed)");
                    }
                    return v.map(MAP_SEED);
                },
                xy -> {
                    map.set(xy);
                    model.status().set("Embedding map: drag a box, or Shift-drag a lasso, round the clips to review");
                });
    }

    /** Exports the kept clips with their reviewed captions into {@code to} (null: review/export in the run). */
    public void export(Path to) {
        ReviewRun r = model.run().get();
        if (r != null) {
            run("Exporting the kept clips", () -> r.export(to), (Map<String, Object> s) -> model.status()
                    .set("Exported " + s.get("samples") + " clips in " + s.get("shards") + " shards to "
                            + s.get("output")));
        }
    }

    /** Captions the selected clips again as a new version with {@code prompt}, then reopens the run. */
    public void recaption(String prompt) {
        ReviewRun r = model.run().get();
        int[] rows = model.targets();
        if (r == null || rows.length == 0) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (int row : rows) {
            ids.add(r.index().id(row));
        }
        List<String> warnings = new ArrayList<>();
        Path root = r.root();
        run(
                "Captioning " + ids.size() + " clips again",
                () -> {
                    String version = Recaption.version(r.clips());
                    Recaption.start(
                                    root,
                                    ids,
                                    version,
                                    prompt,
                                    PipelineRunner.defaultThreads(),
                                    RunListener.NONE,
                                    warnings::add)
                            .result();
                    return ReviewRun.open(root, r.author(), warnings::add);
                },
                reopened -> {
                    model.opened(reopened);
                    model.status().set("Captioned " + ids.size() + (ids.size() == 1 ? " clip" : " clips") + " again");
                });
    }

    /** The embedding map once computed, else null. */
    public ObjectProperty<float[]> map() {
        return map;
    }
}
