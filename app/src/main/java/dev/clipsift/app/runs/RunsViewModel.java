package dev.clipsift.app.runs;

import dev.clipsift.app.launch.RunWatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Runs view's state: the recent runs ({@link RecentRuns}) with the state each folder shows ({@link RunEntry}),
 * read off the FX thread. The launcher tells it when a run begins (remembered, shown as running) and ends.
 */
public final class RunsViewModel implements RunWatcher {
    private final RecentRuns recent;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<RunEntry> runs = FXCollections.observableArrayList();
    private final Set<Path> running = new HashSet<>();
    private final StringProperty status = new SimpleStringProperty("");

    public RunsViewModel(RecentRuns recent, Executor background, Executor ui) {
        this.recent = recent;
        this.background = background;
        this.ui = ui;
    }

    /** Reads every recent run's folder again. */
    public void refresh() {
        Set<Path> now = Set.copyOf(running);
        background.execute(() -> {
            List<RunEntry> read = recent.list().stream()
                    .map(e -> RunEntry.read(e, now.contains(e.path())))
                    .toList();
            ui.execute(() -> {
                runs.setAll(read);
                status.set(
                        read.isEmpty()
                                ? "No runs yet: Run \u203a New run\u2026 starts one."
                                : read.size() + " recent runs (" + recent.file() + ")");
            });
        });
    }

    @Override
    public void started(Path folder, String output) {
        Path f = folder.toAbsolutePath().normalize();
        running.add(f);
        background.execute(() -> {
            try {
                recent.add(f, output);
            } catch (IOException e) {
                ui.execute(() -> status.set("Cannot remember the run in " + recent.file() + ": " + e.getMessage()));
            }
        });
        refresh();
    }

    @Override
    public void ended(Path folder) {
        running.remove(folder.toAbsolutePath().normalize());
        refresh();
    }

    /** The runs, newest first. */
    public ObservableList<RunEntry> runs() {
        return runs;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
