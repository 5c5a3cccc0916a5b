package dev.clipsift.app.main;

import dev.clipsift.app.Format;
import dev.clipsift.app.grid.GridVideoViewModel;
import dev.clipsift.app.help.Diagnostics;
import dev.clipsift.app.help.LogFiles;
import dev.clipsift.app.launch.LaunchViewModel;
import dev.clipsift.app.launch.Launchers;
import dev.clipsift.app.library.LibraryViewModel;
import dev.clipsift.app.overview.OverviewViewModel;
import dev.clipsift.app.runs.RecentRuns;
import dev.clipsift.app.runs.RunsViewModel;
import dev.clipsift.app.sample.SampleViewModel;
import dev.clipsift.app.settings.RunDefaults;
import dev.clipsift.app.settings.Secrets;
import dev.clipsift.app.settings.Settings;
import dev.clipsift.app.settings.SettingsStore;
import dev.clipsift.app.settings.SettingsViewModel;
import dev.clipsift.app.source.AwsProfiles;
import dev.clipsift.app.source.OpenedSource;
import dev.clipsift.app.source.SourceAccess;
import dev.clipsift.engine.Assets;
import dev.clipsift.source.S3Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's state: which source is open (a folder, an S3 prefix, a URL list, a Hugging Face dataset) and
 * the S3 options to open with. Opening one draws its sample with the seed on screen (sample
 * browser: only the listing is needed, and the visible page is probed and previewed first), then probes the
 * whole listing (files tab) and, once probing settles, computes its overview. What is opened is remembered among
 * the recent sources in the settings; the settings also give a new run its defaults.
 */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final LibraryViewModel library;
    private final SampleViewModel sample;
    private final OverviewViewModel overview;
    private final StringProperty folderText = new SimpleStringProperty("");
    private final Executor background;
    private final Executor jobs;
    private final Executor ui;
    private final SourceAccess sources;
    private final RunsViewModel runs;
    private final Launchers launchers;
    private final SettingsStore settings;
    private final Secrets secrets;
    private final ObservableList<String> recentSources = FXCollections.observableArrayList();

    public MainViewModel(
            SourceAccess sources,
            LibraryViewModel library,
            SampleViewModel sample,
            OverviewViewModel overview,
            SettingsStore settings,
            Secrets secrets,
            Executor background,
            Executor jobs,
            Executor ui) {
        this.sources = sources;
        this.background = background;
        this.settings = settings;
        this.secrets = secrets;
        recentSources.setAll(settings.get().recentSources());
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
        LOG.info("opened {}", Settings.withoutCredentials(src.spec()));
        remember(src.spec());
        if (src.folder() == null || Files.isDirectory(src.folder())) {
            sample.sourceProperty().set(src);
            library.open(src, sample.draw());
        } else {
            library.open(src);
        }
    }

    /** Puts {@code spec} first among the recent sources, unless it carries a user, password or query. */
    private void remember(String spec) {
        if (!Settings.rememberable(spec)) {
            return;
        }
        background.execute(() -> {
            try {
                List<String> now = settings.update(s -> s.withRecent(spec)).recentSources();
                ui.execute(() -> recentSources.setAll(now));
            } catch (IOException e) {
                LOG.warn("cannot remember {} in {}: {}", spec, settings.file(), e.getMessage());
            }
        });
    }

    /** The sample clips shipped with ClipSift ({@code assets/samples}), when found. */
    public Optional<Path> samplesFolder() {
        return Assets.folders("samples").stream().findFirst();
    }

    /** Opens the shipped sample clips; false when they are not found. */
    public boolean openSamples() {
        Optional<Path> dir = samplesFolder();
        dir.ifPresentOrElse(this::open, () -> library.report("The sample clips (assets/samples) were not found"));
        return dir.isPresent();
    }

    /** The sources opened lately, newest first. */
    public ObservableList<String> recentSources() {
        return recentSources;
    }

    /** The Settings dialog's state; saving sets the window's S3 options to the saved defaults. */
    public SettingsViewModel settingsModel() {
        return new SettingsViewModel(
                settings,
                secrets,
                background,
                ui,
                saved -> s3Settings(saved.s3().toS3Settings()));
    }

    /** Help › Export diagnostics: writes the zip to {@code target} in the background, the status bar says how it went. */
    public void exportDiagnostics(Path target) {
        Diagnostics diagnostics = new Diagnostics(LogFiles.dir(), secrets, System.getenv());
        background.execute(() -> {
            String words;
            try {
                diagnostics.export(target, settings.get());
                words = "Diagnostics written to " + target;
            } catch (IOException | RuntimeException e) {
                words = "Cannot write the diagnostics to " + target + ": " + e.getMessage();
            }
            String shown = words;
            ui.execute(() -> library.report(shown));
        });
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
        LaunchViewModel launcher = launchers.of(command, src == null ? null : src.spec(), sources.settings());
        if (command.equals("run")) {
            RunDefaults.options(settings.get(), System.getenv())
                    .forEach((option, value) -> launcher.form().field(option).ifPresent(f -> {
                        if (f.valueProperty().get() == null
                                || f.valueProperty().get().isBlank()) {
                            f.valueProperty().set(value);
                        }
                    }));
        }
        return launcher;
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
