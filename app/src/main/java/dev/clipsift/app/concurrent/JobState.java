package dev.clipsift.app.concurrent;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a dialog shows of its one long job: whether it runs, its progress (0..1, or -1 while unknown), a
 * status line, and the flag that asks it to stop. Changed on the FX thread only.
 */
public final class JobState {
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private AtomicBoolean cancelled = new AtomicBoolean();

    /** Marks a new job as started, saying {@code message}; returns the flag it must watch to stop. */
    public AtomicBoolean start(String message) {
        cancelled = new AtomicBoolean();
        running.set(true);
        progress.set(-1);
        status.set(message);
        return cancelled;
    }

    /** The job finished and did its work. */
    public void succeeded(String message) {
        running.set(false);
        progress.set(1);
        status.set(message);
    }

    /** The job ended without its result: failed, cancelled or refused. */
    public void ended(String message) {
        running.set(false);
        progress.set(0);
        status.set(message);
    }

    /** Asks the running job to stop, saying {@code message}; false when none runs. */
    public boolean cancel(String message) {
        if (!running.get()) {
            return false;
        }
        cancelled.set(true);
        status.set(message);
        return true;
    }

    public boolean isRunning() {
        return running.get();
    }

    public void setProgress(double value) {
        progress.set(value);
    }

    public void setStatus(String message) {
        status.set(message);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** 0..1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
