package dev.clipsift.app.launch;

import dev.clipsift.app.concurrent.CoalescingProgress;
import dev.clipsift.app.concurrent.JobState;
import dev.clipsift.app.concurrent.RunProgress;
import dev.clipsift.cli.RunLaunch;
import dev.clipsift.io.Json;
import dev.clipsift.pipeline.StageProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The run launcher's state: the form generated from the run command ({@link RunForm}), its checks before a start
 * ({@link LaunchChecks}: said next to each field), then the run itself through the engine of {@code clipsift run}
 * ({@link RunLaunch}) with per-stage progress (counts, items per second, time left), the log panel, Cancel, and
 * Resume of a run that was cancelled or stopped ({@code clipsift resume} with the form's session and S3 options).
 * Settings are saved as the JSON {@code clipsift run --config} reads and opened back into the form's config field.
 */
public final class LaunchViewModel {
    /** How long the captioning server has to answer its model list. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final RunForm form;
    private final Executor jobs;
    private final Executor ui;
    private final RunWatcher watcher;
    private final LaunchChecks checks;
    private final JobState job = new JobState();
    private final ObservableList<StageProgress> stages = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final RunLog log;
    private final BooleanProperty resumable = new SimpleBooleanProperty(false);
    private final AtomicReference<RunLaunch> current = new AtomicReference<>();
    private @Nullable String lastOutput;

    /**
     * @param form the run (or resume) form, its fields filled as the window knows them
     * @param profiles the AWS profiles the user's files name
     */
    public LaunchViewModel(
            RunForm form, Executor jobs, Executor ui, RunWatcher watcher, Supplier<List<String>> profiles) {
        this.form = form;
        this.jobs = jobs;
        this.ui = ui;
        this.watcher = watcher;
        this.checks = new LaunchChecks(new EndpointProbe(PROBE_TIMEOUT), profiles);
        this.log = new RunLog(ui);
        job.setStatus("Fill in the form; fields left empty take the config file's value or the default.");
    }

    public RunForm form() {
        return form;
    }

    /** Checks the form, says what is wrong next to each field; starts nothing. */
    public void check() {
        check(false);
    }

    /** Checks the form, then starts the run when nothing is wrong. */
    public void start() {
        check(true);
    }

    private void check(boolean thenStart) {
        if (job.isRunning()) {
            return;
        }
        problems.clear();
        form.fields().forEach(f -> f.messageProperty().set(""));
        AtomicBoolean stop = job.start("Checking the settings \u2026");
        jobs.execute(() -> {
            LaunchChecks.Problems found;
            try {
                found = checks.check(form);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ui.execute(() -> job.ended("Cancelled."));
                return;
            }
            ui.execute(() -> {
                show(found);
                if (!found.none()) {
                    int n = found.fields().size() + found.general().size();
                    job.ended(
                            n == 1
                                    ? "One setting needs a look (see the form)."
                                    : n + " settings need a look (see the form).");
                } else if (!thenStart || stop.get()) {
                    job.ended(
                            stop.get()
                                    ? "Cancelled before it started: nothing was written."
                                    : "The settings look right.");
                } else {
                    launch(form.command(), form.arguments(), stop);
                }
            });
        });
    }

    private void show(LaunchChecks.Problems found) {
        found.fields().forEach((name, message) -> form.field(name)
                .ifPresent(f -> f.messageProperty().set(message)));
        problems.setAll(found.general());
    }

    /** Continues the last run (cancelled, stopped or failed) with {@code clipsift resume} and the form's session options. */
    public void resume() {
        if (job.isRunning() || lastOutput == null) {
            return;
        }
        Set<String> taken = Set.copyOf(
                RunForm.of("resume").fields().stream().map(OptionField::name).toList());
        List<String> args = new java.util.ArrayList<>(List.of(lastOutput));
        form.fields().stream()
                .filter(f -> f.name().startsWith("-") && taken.contains(f.name()))
                .forEach(f -> args.addAll(f.arguments()));
        launch("resume", args, job.start("Resuming " + lastOutput + " \u2026"));
    }

    /** Starts {@code command} with {@code args} on the jobs executor; FX thread. */
    private void launch(String command, List<String> args, AtomicBoolean stop) {
        stages.clear();
        log.clear();
        resumable.set(false);
        job.setStatus("Listing the videos \u2026");
        log.add("clipsift " + command + " " + String.join(" ", args));
        jobs.execute(new LaunchJob(command, args, stop, this));
    }

    // --- called by LaunchJob -------------------------------------------------------------------------------

    CoalescingProgress progress() {
        return new CoalescingProgress(ui, -1, this::show);
    }

    RunLog log() {
        return log;
    }

    Executor ui() {
        return ui;
    }

    /** The run began: the Runs view lists it as running; FX thread. */
    void began(RunLaunch launch) {
        current.set(launch);
        lastOutput = launch.run().output();
        watcher.started(launch.run().folder().root(), launch.run().output());
    }

    /** The run ended with {@code status}; {@code resumable} when a resume would continue it; FX thread. */
    void ended(@Nullable RunLaunch launch, String status, boolean succeeded, boolean canResume) {
        current.set(null);
        if (succeeded) {
            job.succeeded(status);
        } else {
            job.ended(status);
        }
        log.add(status);
        resumable.set(canResume && lastOutput != null);
        if (launch != null) {
            watcher.ended(launch.run().folder().root());
        }
    }

    /** A setting the command refused: said next to its field when it names one; FX thread. */
    void refused(String problem) {
        form.fieldOf(problem).ifPresentOrElse(f -> f.messageProperty().set(problem), () -> problems.add(problem));
    }

    /** The run's progress as the FX thread gets it: the first stage knows how many videos there are. */
    private void show(RunProgress p) {
        stages.setAll(p.stages());
        long expected = p.stages().isEmpty() ? -1 : p.stages().get(0).expected();
        job.setProgress(expected < 0 ? -1 : expected == 0 ? 1 : Math.min(1, p.completed() / (double) expected));
        job.setStatus(p.completed() + (expected < 0 ? "" : " of " + expected) + " videos done \u2026");
    }

    /** Stops the run: the clips being encoded are dropped, the finished ones stay, Resume continues. */
    public void cancel() {
        if (job.cancel("Cancelling: waiting for the clips being encoded \u2026")) {
            RunLaunch run = current.get();
            if (run != null) {
                run.handle().cancel();
            }
        }
    }

    /** Writes the settings the form resolves to (what {@code config.json} would hold) to {@code file}. */
    public void saveConfig(Path file) {
        if (!"run".equals(form.command())) {
            return;
        }
        try {
            Json.writeAtomically(file, RunLaunch.resolve(form.arguments()));
            job.setStatus(
                    "Saved the settings to " + file + " (open them again, or 'clipsift run --config " + file + "').");
        } catch (IOException | RuntimeException e) {
            job.setStatus("Cannot save the settings: " + e.getMessage());
            refused(String.valueOf(e.getMessage()));
        }
    }

    /**
     * Opens saved settings (a file from Save config, or a run's {@code config.json}): the form is emptied and its
     * config field names the file, so every field left empty takes the file's value.
     */
    public void openConfig(Path file) {
        form.clear();
        form.field("--config").ifPresent(f -> f.valueProperty().set(file.toString()));
        job.setStatus("Settings from " + file + ": fields left empty take its values; choose an output folder.");
    }

    public JobState job() {
        return job;
    }

    /** Each stage's latest counters, in pipeline order. */
    public ObservableList<StageProgress> stages() {
        return stages;
    }

    /** Problems no field holds. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The log panel's lines. */
    public ObservableList<String> logLines() {
        return log.lines();
    }

    /** Whether Resume would continue the last run (it was cancelled or stopped). */
    public BooleanProperty resumableProperty() {
        return resumable;
    }
}
