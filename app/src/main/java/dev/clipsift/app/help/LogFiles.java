package dev.clipsift.app.help;

import dev.clipsift.app.UserDirs;
import java.nio.file.Path;

/**
 * The workbench's log file: logback reads {@value #CONFIG} (a rolling file in {@link UserDirs#logs()} besides
 * warnings on stderr) instead of the CLI's stderr-only configuration. {@code -Dlogback.configurationFile} and
 * {@code -Dclipsift.log.dir}, when given, win.
 */
public final class LogFiles {
    /** The workbench's logback configuration, on the class path. */
    public static final String CONFIG = "dev/clipsift/app/workbench-logback.xml";

    private LogFiles() {}

    /** Points logback at the workbench's configuration; call first thing in {@code main}, before any logger. */
    public static void useWorkbenchConfig() {
        if (System.getProperty("clipsift.log.dir") == null) {
            System.setProperty("clipsift.log.dir", UserDirs.logs().toString());
        }
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", CONFIG);
        }
    }

    /** The folder the log files are written to. */
    public static Path dir() {
        String set = System.getProperty("clipsift.log.dir");
        return set == null ? UserDirs.logs() : Path.of(set);
    }
}
