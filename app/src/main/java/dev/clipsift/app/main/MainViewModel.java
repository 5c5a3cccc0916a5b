package dev.clipsift.app.main;

import dev.clipsift.app.Format;
import dev.clipsift.app.grid.GridVideoViewModel;
import dev.clipsift.app.launch.LaunchViewModel;
import dev.clipsift.app.launch.Launchers;
import dev.clipsift.app.library.LibraryViewModel;
import dev.clipsift.app.overview.OverviewViewModel;
import dev.clipsift.app.runs.RecentRuns;
import dev.clipsift.app.runs.RunsViewModel;
import dev.clipsift.app.sample.SampleViewModel;
import dev.clipsift.app.source.AwsProfiles;
import dev.clipsift.app.source.OpenedSource;
import dev.clipsift.app.source.SourceAccess;
import dev.clipsift.source.S3Settings;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The window's state: which source is open (a folder, an S3 prefix, a URL list, a Hugging Face dataset) and
 * the S3 options to open with. Opening one draws its sample with the seed on screen (sample
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
    private final SourceAccess sources;
    private final RunsViewModel runs;
    private final Launchers launchers;

    public MainViewModel(
            SourceAccess sources,
            LibraryViewModel library,
            SampleViewModel sample,
            OverviewViewModel overview,
            Executor jobs,
            Executor ui) {
        this.sources = sources;
        this.library = library;
        this.sample = sample;
        this.overview = overview;
        this.jobs = jobs;
        this.ui = ui;
        this.runs = new RunsViewModel(RecentRuns.ofUser(), jobs, ui);
        this.launchers = new Launchers(jobs, ui, runs, AwsProfiles::ofUser);
        library.busyProperty().addListener((o, was, now) -> {
            if (!now) {
                overview.refresh();
            }
        });
    }

    /** Opens the folder or source spec typed or pasted into the path field. */
    public void openTyped() {
        String text = folderText.get() == null ? "" : folderText.get().trim();
        if (!text.isEmpty()) {
            open(text);
        }
    }

    /** Opens a local folder. */
    public void open(Path dir) {
        open(dir.toString());
    }

    /**
     * Opens {@code spec} (a folder, {@code s3://…}, {@code hf://…}, {@code urls:FILE}, an http(s) URL): the
     * sample's first page is loaded first, then the whole listing is probed. A spec that cannot be opened
     * says why in the status bar.
     */
    public void open(String spec) {
        OpenedSource src;
        try {
            src = sources.open(spec);
        } catch (InvalidPathException e) {
            library.report("Not a valid path: " + spec);
            return;
        } catch (RuntimeException e) {
            // SourceException and the SDK's own refusals (an unknown profile, say) carry one-line messages
            library.report(Format.problem("Cannot open " + spec, e));
            return;
        }
        folderText.set(src.spec());
        if (src.folder() == null || Files.isDirectory(src.folder())) {
            sample.sourceProperty().set(src);
            library.open(src, sample.draw());
        } else {
            library.open(src);
        }
    }

    /** The S3 options the next source is opened with. */
    public S3Settings s3Settings() {
        return sources.settings();
    }

    public void s3Settings(S3Settings settings) {
        sources.settings(settings);
    }

    /** A grid video dialog's state for the open source and the sample shown now, with the browser's seed. */
    public GridVideoViewModel gridVideo() {
        List<String> shown = sample.sampleProperty().get() == null
                ? List.of()
                : sample.sampleProperty().get().files();
        Path defaultOutput = Path.of(System.getProperty("user.home"), "grid_preview.mp4");
        return new GridVideoViewModel(
                sample.sourceProperty().get(), shown, sample.seedTextProperty().get(), defaultOutput, jobs, ui);
    }

    /** A run launcher for "run" (on the open source, with the window's S3 options) or "resume". */
    public LaunchViewModel launcher(String command) {
        OpenedSource src = sample.sourceProperty().get();
        return launchers.of(command, src == null ? null : src.spec(), sources.settings());
    }

    /** The recent runs and their states (the Runs tab). */
    public RunsViewModel runs() {
        return runs;
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
