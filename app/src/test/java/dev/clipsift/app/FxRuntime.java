package dev.clipsift.app;

import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;

/**
 * Starts the JavaFX toolkit once (headless Monocle in tests) the way TestFX does, so view models can make
 * images and later TestFX classes share the same toolkit; no window opens.
 */
public final class FxRuntime {
    private FxRuntime() {}

    public static void start() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
    }
}
