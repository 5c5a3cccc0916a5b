package dev.clipsift.app.grid;

import dev.clipsift.app.concurrent.JobState;
import dev.clipsift.app.source.OpenedSource;
import dev.clipsift.grid.GridInputs;
import dev.clipsift.grid.GridListener;
import dev.clipsift.grid.GridOptions;
import dev.clipsift.grid.GridResult;
import dev.clipsift.grid.GridVideoMaker;
import dev.clipsift.grid.NoValidVideosException;
import dev.clipsift.source.SourceException;
import dev.clipsift.source.SourceItem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Make grid video" dialog's state: the cookbook's options (10 x 10 tiles, 5 s at 30 fps, the browser's
 * seed), which videos to use (the sample on screen, or a seeded pick from the whole source) and the output
 * file. {@link #make()} does what {@code clipsift grid} does on the job executor, with progress: the source
 * (a folder, an S3 prefix, a URL list, a dataset) is opened with the options it was opened with, only the
 * videos used are downloaded ({@link GridInputs}), and {@link GridVideoMaker} writes the grid;
 * {@link #cancel()} stops it, leaving no file behind.
 */
public final class GridVideoViewModel {
    /** Where the grid's videos come from. */
    public enum Source {
        SAMPLE,
        FOLDER
    }

    private final OpenedSource opened;
    private final List<String> sampleFiles;
    private final Executor jobs;
    private final Executor ui;

    private final GridForm form = new GridForm();
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>();
    private final JobState job = new JobState();
    private final ObjectProperty<GridResult> result = new SimpleObjectProperty<>();

    /**
     * @param opened the open source
     * @param sampleFiles the shown paths of the sample on screen, in sample order (empty when there is none)
     * @param seed the browser's seed, as typed
     */
    public GridVideoViewModel(
            OpenedSource opened,
            List<String> sampleFiles,
            String seed,
            Path defaultOutput,
            Executor jobs,
            Executor ui) {
        this.opened = opened;
        this.sampleFiles = List.copyOf(sampleFiles);
        this.jobs = jobs;
        this.ui = ui;
        form.seedText.set(seed);
        form.outputText.set(defaultOutput.toString());
        source.set(sampleFiles.isEmpty() ? Source.FOLDER : Source.SAMPLE);
    }

    /** Whether the sample on screen can be used (there is one). */
    public boolean sampleAvailable() {
        return !sampleFiles.isEmpty();
    }

    /** Whether a whole source can be used (one is open). */
    public boolean folderAvailable() {
        return opened != null;
    }

    /** The choice as the dialog words it, with the count and the seed. */
    public String describe(Source s) {
        return s == Source.SAMPLE
                ? "The sample shown in the browser: its first " + Math.min(sampleFiles.size(), tiles()) + " of "
                        + sampleFiles.size() + " videos, in sample order"
                : "The whole "
                        + (opened == null
                                ? "folder (none open)"
                                : (opened.folder() != null ? "folder " : "source ") + opened.spec())
                        + ": a seeded pick of up to "
                        + tiles() + " videos (the seed below)";
    }

    /** The video the options give, e.g. "1920×1080 pixels, 150 frames", or why there is none. */
    public String shape() {
        return form.shape();
    }

    private int tiles() {
        return form.tiles();
    }

    /** Starts making the grid video; says in the status what is wrong when an option is invalid. */
    public void make() {
        if (job.isRunning()) {
            return;
        }
        GridOptions options;
        Path out;
        try {
            options = form.options();
            out = form.output();
        } catch (IllegalArgumentException e) {
            job.setStatus(e.getMessage());
            return;
        }
        Source from = source.get();
        List<String> chosen =
                from == Source.SAMPLE ? sampleFiles.subList(0, Math.min(sampleFiles.size(), options.tiles())) : null;
        result.set(null);
        AtomicBoolean stop = job.start(
                from == Source.SAMPLE
                        ? "Opening " + chosen.size() + " videos \u2026"
                        : "Listing " + opened.spec() + " \u2026");
        jobs.execute(() -> run(options, chosen, out, stop));
    }

    private void run(GridOptions options, List<String> chosen, Path out, AtomicBoolean stop) {
        try (dev.clipsift.source.Source source = opened.sources().open(opened.spec())) {
            List<String> skipped = new ArrayList<>();
            List<SourceItem> picked = chosen != null ? items(chosen, skipped) : pick(source, options);
            if (source.remote()) {
                ui.execute(() -> job.setStatus("Downloading " + picked.size() + " videos \u2026"));
            }
            GridInputs.Fetched fetched = GridInputs.fetch(source, picked, w -> {}, stop::get);
            skipped.addAll(fetched.failed());
            if (fetched.files().isEmpty()) {
                throw new NoValidVideosException("No valid videos found: none of the " + picked.size()
                        + " picked videos could be read" + (skipped.isEmpty() ? "" : " (" + skipped.get(0) + ")"));
            }
            GridResult r = GridVideoMaker.make(
                    options,
                    fetched.files(),
                    out,
                    new GridListener() {
                        @Override
                        public void started(int tiles, int frames, String encoder) {
                            ui.execute(() -> job.setStatus("Writing " + frames + " frames of " + tiles + " tiles with "
                                    + encoder + " \u2026"));
                        }

                        @Override
                        public void framesWritten(int done, int total) {
                            ui.execute(() -> job.setProgress(done / (double) total));
                        }
                    },
                    stop::get);
            skipped.addAll(r.skipped().stream().map(fetched::shown).toList());
            ui.execute(() -> finish(r, skipped));
        } catch (CancellationException e) {
            ui.execute(() -> end("Cancelled: nothing was written."));
        } catch (NoValidVideosException e) {
            ui.execute(() -> end(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            ui.execute(() -> end("Cannot make the grid video: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ui.execute(() -> end("Cancelled: nothing was written."));
        }
    }

    /** The sample's items; one the source no longer lists is left out with a line in {@code skipped}. */
    private List<SourceItem> items(List<String> shown, List<String> skipped) {
        List<SourceItem> items = new ArrayList<>();
        for (String s : shown) {
            try {
                items.add(opened.item(s));
            } catch (SourceException e) {
                skipped.add("skipping " + s + ": " + e.getMessage());
            }
        }
        return items;
    }

    private List<SourceItem> pick(dev.clipsift.source.Source source, GridOptions options)
            throws NoValidVideosException {
        try (Stream<SourceItem> listing = source.list()) {
            List<SourceItem> files = GridVideoMaker.pick(listing, options).items();
            if (files.isEmpty()) {
                throw new NoValidVideosException("No valid videos found: no video files under " + opened.spec());
            }
            return files;
        }
    }

    /** {@code all}: every video skipped, whether not listed, not downloaded or not decodable. */
    private void finish(GridResult r, List<String> all) {
        result.set(r);
        String skipped = all.isEmpty() ? "" : "; " + all.size() + " skipped (" + all.get(0) + ")";
        job.succeeded(String.format(
                Locale.ROOT,
                "Wrote %s: %d\u00d7%d, %d frames, %d tiles%s.",
                r.output(),
                r.width(),
                r.height(),
                r.frames(),
                r.shown().size(),
                skipped));
    }

    private void end(String message) {
        job.ended(message);
    }

    /** Stops the grid video being made; the maker deletes its partial file. */
    public void cancel() {
        job.cancel("Cancelling \u2026");
    }

    /** The job's running state, progress and status line. */
    public JobState job() {
        return job;
    }

    public IntegerProperty colsProperty() {
        return form.cols;
    }

    public IntegerProperty rowsProperty() {
        return form.rows;
    }

    public StringProperty lengthTextProperty() {
        return form.lengthText;
    }

    public StringProperty fpsTextProperty() {
        return form.fpsText;
    }

    public StringProperty seedTextProperty() {
        return form.seedText;
    }

    public BooleanProperty labelsProperty() {
        return form.labels;
    }

    public StringProperty outputTextProperty() {
        return form.outputText;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** The finished grid video, or null. */
    public ReadOnlyObjectProperty<GridResult> resultProperty() {
        return result;
    }
}
