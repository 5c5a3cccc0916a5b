package dev.clipsift.app.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an action on the UI thread at most once per pending request: however many times background work
 * calls {@link #request()}, only one run is queued until it has happened. Keeps the UI thread from drowning
 * in updates when thousands of items arrive.
 */
public final class UiCoalescer {
    private final Executor ui;
    private final Runnable action;
    private final AtomicBoolean pending = new AtomicBoolean();

    public UiCoalescer(Executor ui, Runnable action) {
        this.ui = ui;
        this.action = action;
    }

    public void request() {
        if (pending.compareAndSet(false, true)) {
            ui.execute(() -> {
                pending.set(false);
                action.run();
            });
        }
    }
}
