package dev.clipsift.app;

import dev.clipsift.app.help.LogFiles;
import dev.clipsift.video.NativeLog;
import java.util.List;
import javafx.application.Application;

/**
 * Starts the workbench. A plain main class (not an {@link Application}), so the app runs from a classpath
 * with JavaFX on it without the module path. The workbench logs to a per-user file ({@link LogFiles}).
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        LogFiles.useWorkbenchConfig();
        NativeLog.toSlf4j();
        try {
            AppArguments.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("clipsift-app: " + e.getMessage());
            System.exit(1);
        }
        Application.launch(ClipSiftApp.class, args);
    }
}
