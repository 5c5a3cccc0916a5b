package dev.clipsift.app.launch;

import dev.clipsift.source.S3Settings;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Makes the launcher's state for the main window: the form of "run" (or "resume") with what the window already
 * knows filled in, the open source as the input and the window's S3 options, the rest left to the defaults.
 */
public final class Launchers {
    private final Executor jobs;
    private final Executor ui;
    private final RunWatcher watcher;
    private final Supplier<List<String>> profiles;

    public Launchers(Executor jobs, Executor ui, RunWatcher watcher, Supplier<List<String>> profiles) {
        this.jobs = jobs;
        this.ui = ui;
        this.watcher = watcher;
        this.profiles = profiles;
    }

    /** A launcher of {@code command} on {@code input} (null: none open) with the window's {@code s3} options. */
    public LaunchViewModel of(String command, @Nullable String input, S3Settings s3) {
        RunForm form = RunForm.of(command);
        if (input != null) {
            set(form, "--input", input);
        }
        set(form, "--s3-profile", s3.profile());
        set(form, "--s3-endpoint", s3.endpoint() == null ? null : s3.endpoint().toString());
        set(form, "--s3-region", s3.region());
        set(form, "--s3-path-style", s3.pathStyle() ? "true" : null);
        return new LaunchViewModel(form, jobs, ui, watcher, profiles);
    }

    private static void set(RunForm form, String name, @Nullable String value) {
        if (value != null) {
            form.field(name).ifPresent(f -> f.valueProperty().set(value));
        }
    }
}
