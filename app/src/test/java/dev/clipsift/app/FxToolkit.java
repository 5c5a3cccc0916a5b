package dev.clipsift.app;

import javafx.application.Platform;

/** Starts the JavaFX toolkit once (headless Monocle in tests), so view models can make images; no window opens. */
public final class FxToolkit {
    private FxToolkit() {}

    public static synchronized void start() {
        try {
            Platform.startup(() -> {});
        } catch (IllegalStateException alreadyRunning) {
            // started by an earlier test class
        }
        Platform.setImplicitExit(false);
    }
}
