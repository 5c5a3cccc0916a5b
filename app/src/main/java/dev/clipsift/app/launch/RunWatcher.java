package dev.clipsift.app.launch;

import java.nio.file.Path;

/** Who hears that a launched run began and ended (the Runs view), told on the FX thread. */
public interface RunWatcher {
    RunWatcher NONE = new RunWatcher() {};

    /** A run works in {@code folder} (its output, or an s3:// output's staging folder) towards {@code output}. */
    default void started(Path folder, String output) {}

    /** The run in {@code folder} ended: finished, failed or cancelled. */
    default void ended(Path folder) {}
}
