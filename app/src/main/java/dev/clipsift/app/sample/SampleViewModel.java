package dev.clipsift.app.sample;

import dev.clipsift.app.Format;
import dev.clipsift.app.source.OpenedSource;
import dev.clipsift.sample.SampleFile;
import dev.clipsift.sample.Sampler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sample browser's state: a seeded sample of a folder (the same {@link SampleFile} the CLI writes) shown
 * 12 per page in a 3x4 grid. The sample only changes when asked (draw, resample, open), so every page shows
 * the same files each time it is visited.
 */
public final class SampleViewModel {
    public static final int PAGE_SIZE = 12;
    public static final int COLUMNS = 4;

    private final Executor background;
    private final Executor ui;
    private final LongSupplier seeds;
    private final PreviewLoader loader;
    private final Function<String, OpenedSource> opener;

    private final ObjectProperty<OpenedSource> source = new SimpleObjectProperty<>();
    private final IntegerProperty nsamples = new SimpleIntegerProperty(100);
    private final StringProperty seedText = new SimpleStringProperty("42");
    private final ObjectProperty<SampleFile> sample = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final IntegerBinding pageCount;
    private final BooleanBinding sourceOpen;
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<TileModel> tiles = FXCollections.observableArrayList();
    private int request;

    /** {@code opener} opens the source a saved sample names (a folder, or a remote source). */
    public SampleViewModel(
            Executor background,
            Executor ui,
            LongSupplier seeds,
            PreviewLoader loader,
            Function<String, OpenedSource> opener) {
        this.opener = opener;
        this.background = background;
        this.ui = ui;
        this.seeds = seeds;
        this.loader = loader;
        this.sourceOpen = source.isNotNull();
        this.pageCount = Bindings.createIntegerBinding(
                () -> sample.get() == null ? 0 : (sample.get().files().size() + PAGE_SIZE - 1) / PAGE_SIZE, sample);
    }

    /**
     * Draws the sample of {@link #sourceProperty()} with the current size and seed. The sample needs only the
     * listing, not a single probe. The future completes once its first page shows (every tile has its first
     * frame or its problem), or at once when nothing is drawn.
     */
    public CompletableFuture<Void> draw() {
        OpenedSource src = source.get();
        if (src == null) {
            status.set("Open a folder first.");
            return CompletableFuture.completedFuture(null);
        }
        long seed;
        try {
            seed = Long.parseLong(seedText.get().trim());
        } catch (NumberFormatException e) {
            status.set("The seed must be a whole number, not \"" + seedText.get() + "\".");
            return CompletableFuture.completedFuture(null);
        }
        int n = nsamples.get();
        if (n < 1) {
            status.set("The sample size must be 1 or more.");
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> firstPage = new CompletableFuture<>();
        int ticket = ++request;
        status.set("Sampling " + n + " videos from " + src.spec() + " (seed " + seed + ") \u2026");
        background.execute(() -> {
            try {
                SampleFile s;
                try (Stream<String> listing = src.list(w -> {})) {
                    s = Sampler.drawFrom(src.spec(), listing, n, seed);
                }
                ui.execute(() -> {
                    if (ticket == request) {
                        show(s).whenComplete((v, e) -> firstPage.complete(null));
                    } else {
                        firstPage.complete(null);
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    if (ticket == request) {
                        // the grid must not keep showing the videos of what was open before
                        loader.cancelAll();
                        tiles.clear();
                        sample.set(null);
                        status.set(Format.problem("Cannot sample " + src.spec(), e));
                    }
                    firstPage.complete(null);
                });
            }
        });
        return firstPage;
    }

    /** Draws again with a new seed, which the seed field then shows. */
    public void resample() {
        seedText.set(Long.toString(seeds.getAsLong()));
        draw();
    }

    /** Shows a saved sample file as it is: its files, seed and source, never redrawn. */
    public void openSampleFile(Path file) {
        int ticket = ++request;
        background.execute(() -> {
            try {
                SampleFile s = SampleFile.load(file);
                OpenedSource src = opener.apply(s.source());
                ui.execute(() -> {
                    if (ticket == request) {
                        source.set(src);
                        nsamples.set(s.nsamples());
                        seedText.set(Long.toString(s.seed()));
                        show(s);
                    }
                });
            } catch (java.io.IOException | RuntimeException e) {
                ui.execute(() -> status.set("Cannot open sample " + file + ": " + e.getMessage()));
            }
        });
    }

    /** Saves the sample on screen (atomically), for the CLI or a later session. */
    public void saveSample(Path file) {
        SampleFile s = sample.get();
        if (s == null) {
            status.set("Nothing to save: draw a sample first.");
            return;
        }
        background.execute(() -> {
            try {
                s.save(file);
                ui.execute(() -> status.set("Saved the sample to " + file));
            } catch (java.io.IOException | RuntimeException e) {
                ui.execute(() -> status.set("Cannot save " + file + ": " + e.getMessage()));
            }
        });
    }

    private CompletableFuture<Void> show(SampleFile s) {
        sample.set(s);
        int shown = s.files().size();
        if (s.totalListed() == 0) {
            status.set("No video files found under " + s.source());
        } else if (s.totalListed() <= s.nsamples()) {
            status.set("Only " + s.totalListed() + " videos found: showing all of them (seed " + s.seed() + ").");
        } else {
            status.set("Sampled " + shown + " of " + s.totalListed() + " videos (seed " + s.seed() + ").");
        }
        page.set(0);
        return showPage();
    }

    public void nextPage() {
        goTo(page.get() + 1);
    }

    public void previousPage() {
        goTo(page.get() - 1);
    }

    public void firstPage() {
        goTo(0);
    }

    public void lastPage() {
        goTo(pageCount.get() - 1);
    }

    /** Shows page {@code p} (0-based), clamped to the pages there are. */
    public void goTo(int p) {
        int clamped = Math.max(0, Math.min(p, pageCount.get() - 1));
        if (sample.get() == null || clamped == page.get() && !tiles.isEmpty()) {
            return;
        }
        page.set(clamped);
        showPage();
    }

    private CompletableFuture<Void> showPage() {
        List<String> files = sample.get().files();
        int from = page.get() * PAGE_SIZE;
        List<TileModel> next = new ArrayList<>();
        for (int i = from; i < Math.min(from + PAGE_SIZE, files.size()); i++) {
            next.add(new TileModel(files.get(i), i));
        }
        tiles.setAll(next);
        int after = Math.min(from + PAGE_SIZE, files.size());
        return loader.show(source.get(), next, files.subList(after, Math.min(after + PAGE_SIZE, files.size())));
    }

    /** Whether a source is open (the grid video and curation dialogs need one). */
    public BooleanBinding sourceOpen() {
        return sourceOpen;
    }

    /** The folder or remote source the sample is drawn from. */
    public ObjectProperty<OpenedSource> sourceProperty() {
        return source;
    }

    public IntegerProperty nsamplesProperty() {
        return nsamples;
    }

    public StringProperty seedTextProperty() {
        return seedText;
    }

    public ReadOnlyObjectProperty<SampleFile> sampleProperty() {
        return sample;
    }

    /** The page shown, 0-based. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page;
    }

    public IntegerBinding pageCountBinding() {
        return pageCount;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The tiles of the page shown, in sample order (at most {@link #PAGE_SIZE}). */
    public ObservableList<TileModel> tiles() {
        return tiles;
    }
}
