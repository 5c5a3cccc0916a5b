package dev.clipsift.app.curate;

import dev.clipsift.app.concurrent.CoalescingProgress;
import dev.clipsift.app.concurrent.JobState;
import dev.clipsift.app.concurrent.RunProgress;
import dev.clipsift.app.source.OpenedSource;
import dev.clipsift.caption.CaptionConfig;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.pipeline.RunHandle;
import dev.clipsift.pipeline.StageProgress;
import dev.clipsift.run.CurationRun;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunFolder;
import dev.clipsift.run.RunOptions;
import dev.clipsift.run.RunSummary;
import dev.clipsift.split.SplitConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The "Curate" dialog's state: runs the same engine as {@code clipsift run} (list, probe, split, clip spans,
 * transcode, records) on the open source into a local output folder, with per-stage progress and Cancel,
 * then lists the clips the run folder holds ({@code clips/*.json}). A remote source (S3 prefix, URL list,
 * dataset) is read with the options it was opened with, each video downloaded as the run reaches it.
 * A cancelled run continues with the same settings and output folder, here or with {@code clipsift resume}.
 */
public final class CurateViewModel {
    /** The shot detectors the dialog offers, as {@code clipsift run --splitting-algorithm} names them. */
    public static final List<String> ALGORITHMS = List.of("content", "adaptive", "threshold", "fixed-stride");

    private final @Nullable OpenedSource input;
    private final Executor jobs;
    private final Executor ui;
    private final int threads;

    private final StringProperty outputText = new SimpleStringProperty("");
    private final StringProperty algorithm = new SimpleStringProperty(ALGORITHMS.get(0));
    private final StringProperty limitText = new SimpleStringProperty("0");
    private final StringProperty captionEndpoint = new SimpleStringProperty("");
    private final StringProperty captionModel = new SimpleStringProperty("");
    private final JobState job = new JobState();
    private final ObservableList<ClipRecord> clips = FXCollections.observableArrayList();
    private final ObservableList<StageProgress> stages = FXCollections.observableArrayList();
    private final AtomicReference<RunHandle<RunSummary>> current = new AtomicReference<>();

    /** @param input the open source, or null when none is open; @param threads the CPU threads the run may use */
    public CurateViewModel(@Nullable OpenedSource input, Executor jobs, Executor ui, int threads) {
        this.input = input;
        this.jobs = jobs;
        this.ui = ui;
        this.threads = threads;
        job.setStatus(input == null ? "Open a folder first." : "Curate " + input.spec() + " into clips.");
    }

    /** What is curated: the folder or source as the path field shows it. */
    public @Nullable String input() {
        return input == null ? null : input.spec();
    }

    /** Starts the run; says in the status what is wrong when a setting is invalid. */
    public void start() {
        if (job.isRunning()) {
            return;
        }
        RunConfig config;
        Path out;
        try {
            out = output();
            config = config();
        } catch (IllegalArgumentException e) {
            job.setStatus(e.getMessage());
            return;
        }
        clips.clear();
        stages.clear();
        AtomicBoolean stop = job.start("Listing " + input.spec() + " \u2026");
        jobs.execute(() -> run(config, out, stop));
    }

    private Path output() {
        if (input == null) {
            throw new IllegalArgumentException("Open a folder first.");
        }
        String text = outputText.get() == null ? "" : outputText.get().trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Choose an output folder for the clips.");
        }
        Path out;
        try {
            out = Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("Not a valid path: " + text);
        }
        if (input.folder() != null && out.startsWith(input.folder())) {
            throw new IllegalArgumentException("Choose an output folder outside " + input.spec()
                    + ": its clips would become inputs of later runs.");
        }
        if (Files.isRegularFile(out)) {
            throw new IllegalArgumentException("Not a folder: " + out);
        }
        return out;
    }

    private RunConfig config() {
        int limit;
        try {
            limit = Integer.parseInt(limitText.get().trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "The video limit must be a whole number (0 = all), not \"" + limitText.get() + "\".");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("The video limit must be 0 (all) or more.");
        }
        RunConfig config = new RunConfig(input.spec(), limit, 0, new SplitConfig(algorithm.get(), null), null, null);
        String endpoint = text(captionEndpoint);
        String model = text(captionModel);
        if (endpoint.isEmpty()) {
            return config;
        }
        if (model.isEmpty()) {
            throw new IllegalArgumentException("Name the captioning model the server at " + endpoint + " serves.");
        }
        Map<String, Object> captioning = Map.of("enabled", true, "endpoint", endpoint, "model", model);
        return config.withFamily("captioning", Json.mapper().convertValue(captioning, CaptionConfig.class));
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().trim();
    }

    private void run(RunConfig config, Path out, AtomicBoolean stop) {
        try {
            long listed;
            try (Stream<String> files = input.list(w -> {})) {
                listed = files.count();
            }
            long total = config.limit() > 0 ? Math.min(listed, config.limit()) : listed;
            List<String> warnings = new ArrayList<>();
            CoalescingProgress progress = new CoalescingProgress(ui, total, p -> show(p, out));
            CurationRun run = new CurationRun(out, null, input.sources(), RunOptions.threads(threads), progress, w -> {
                synchronized (warnings) {
                    warnings.add(w);
                }
            });
            if (stop.get()) {
                ui.execute(() -> end("Cancelled before it started: nothing was written."));
                return;
            }
            ui.execute(() -> job.setStatus("Curating " + total + " videos into " + out + " \u2026"));
            RunHandle<RunSummary> handle = run.submit(config, total);
            current.set(handle);
            if (stop.get()) {
                handle.cancel();
            }
            RunSummary summary = result(handle);
            List<ClipRecord> made = readClips(run.folder());
            ui.execute(() -> finish(summary, made, out));
        } catch (CancellationException e) {
            ui.execute(() -> end("Cancelled: the clips finished so far are kept in " + out
                    + "; start again with the same settings (or 'clipsift resume " + out + "') to continue."));
        } catch (IOException | RuntimeException e) {
            ui.execute(() -> end("Cannot curate: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ui.execute(() -> end("Cancelled."));
        } finally {
            current.set(null);
        }
    }

    /** The run's summary, or what stopped it, as the exception it is. */
    private static RunSummary result(RunHandle<RunSummary> handle) throws IOException, InterruptedException {
        try {
            return handle.result();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The run's progress as the FX thread gets it: at most one update per pulse, however many clips finish. */
    private void show(RunProgress p, Path out) {
        stages.setAll(p.stages());
        job.setProgress(p.fraction());
        job.setStatus("Curated " + p.completed() + " of " + p.expected() + " videos into " + out + " \u2026");
    }

    /** The clip records of a run folder, by source video and then start time. */
    static List<ClipRecord> readClips(RunFolder folder) throws IOException {
        if (!Files.isDirectory(folder.clips())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.clips())) {
            List<ClipRecord> out = new ArrayList<>();
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList()) {
                out.add(Json.read(p, ClipRecord.class));
            }
            out.sort(Comparator.comparing((ClipRecord c) -> c.source().video())
                    .thenComparingDouble(c -> c.span().startS()));
            return out;
        }
    }

    private void finish(RunSummary s, List<ClipRecord> made, Path out) {
        clips.setAll(made);
        job.succeeded(String.format(
                Locale.ROOT,
                "%s (%d failed), %s (%d failed), %.1f s of clips in %s",
                count(s.inputs(), "video"),
                s.inputsFailed(),
                count(s.clips(), "clip"),
                s.clipsFailed(),
                s.clipS(),
                out));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void end(String message) {
        job.ended(message);
    }

    /** Stops the run: the clips being encoded are dropped, the finished ones stay. */
    public void cancel() {
        if (job.cancel("Cancelling: waiting for the clips being encoded \u2026")) {
            RunHandle<RunSummary> run = current.get();
            if (run != null) {
                run.cancel();
            }
        }
    }

    /** The run's running state, progress and status line. */
    public JobState job() {
        return job;
    }

    public StringProperty outputTextProperty() {
        return outputText;
    }

    public StringProperty algorithmProperty() {
        return algorithm;
    }

    /**
     * The OpenAI-compatible server that captions the clips (its base URL, {@code http://127.0.0.1:8000/v1});
     * empty: no captions. Its API key comes from {@code CLIPSIFT_CAPTIONING_API_KEY}, never from the dialog.
     */
    public StringProperty captionEndpointProperty() {
        return captionEndpoint;
    }

    /** The model that server is asked for. */
    public StringProperty captionModelProperty() {
        return captionModel;
    }

    /** How many videos to curate, in listing order; 0 = all. */
    public StringProperty limitTextProperty() {
        return limitText;
    }

    /** Each stage's latest counters while the run goes on (and after it), in pipeline order. */
    public ObservableList<StageProgress> stages() {
        return stages;
    }

    /** The clips of the finished run, by source video and then start time. */
    public ObservableList<ClipRecord> clips() {
        return clips;
    }
}
