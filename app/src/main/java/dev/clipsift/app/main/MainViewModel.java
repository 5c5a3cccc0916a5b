package dev.clipsift.app.main;

import dev.clipsift.app.curate.CurateViewModel;
import dev.clipsift.app.grid.GridVideoViewModel;
import dev.clipsift.app.library.LibraryViewModel;
import dev.clipsift.app.overview.OverviewViewModel;
import dev.clipsift.app.sample.SampleViewModel;
import dev.clipsift.pipeline.PipelineRunner;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The window's state: which folder is open. Opening one draws its sample with the seed on screen (sample
 * browser: only the listing is needed, and the visible page is probed and previewed first), then probes the
 * whole listing (files tab) and, once probing settles, computes its overview.
 */
public final class MainViewModel {
    private final LibraryViewModel library;
    private final SampleViewModel sample;
    private final OverviewViewModel overview;
    private final StringProperty folderText = new SimpleStringProperty("");
    private final Executor jobs;
    private final Executor ui;

    public MainViewModel(LibraryViewModel library, SampleViewModel sample, OverviewViewModel overview, Executor jobs, Executor ui) {
        this.library = library;
        this.sample = sample;
        this.overview = overview;
        this.jobs = jobs;
        this.ui = ui;
        library.busyProperty().addListener((o, was, now) -> {
            if (!now) {
                overview.refresh();
            }
        });
    }

    /** Opens the folder typed or pasted into the path field. */
    public void openTyped() {
        String text = folderText.get() == null ? "" : folderText.get().trim();
        if (text.isEmpty()) {
            return;
        }
        try {
            open(Path.of(text));
        } catch (InvalidPathException e) {
            library.report("Not a valid path: " + text);
        }
    }

    /** Opens {@code dir}: the sample's first page is loaded first, then the whole listing is probed. */
    public void open(Path dir) {
        Path p = dir.toAbsolutePath().normalize();
        folderText.set(p.toString());
        if (p.toFile().isDirectory()) {
            sample.sourceProperty().set(p);
            library.open(p, sample.draw());
        } else {
            library.open(p);
        }
    }

    /** A grid video dialog's state for the folder and the sample shown now, with the browser's seed. */
    public GridVideoViewModel gridVideo() {
        List<Path> shown = sample.sampleProperty().get() == null ? List.of()
                : sample.sampleProperty().get().files().stream().map(Path::of).toList();
        Path defaultOutput = Path.of(System.getProperty("user.home"), "grid_preview.mp4");
        return new GridVideoViewModel(sample.sourceProperty().get(), shown, sample.seedTextProperty().get(), defaultOutput, jobs, ui);
    }

    /** A curation dialog's state for the open folder (the engine of {@code clipsift run}). */
    public CurateViewModel curate() {
        return new CurateViewModel(sample.sourceProperty().get(), jobs, ui, PipelineRunner.defaultThreads());
    }

    public StringProperty folderTextProperty() {
        return folderText;
    }

    public LibraryViewModel library() {
        return library;
    }

    public SampleViewModel sample() {
        return sample;
    }

    public OverviewViewModel overview() {
        return overview;
    }
}
