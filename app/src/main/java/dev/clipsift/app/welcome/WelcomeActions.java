package dev.clipsift.app.welcome;

import java.nio.file.Path;
import java.util.function.Consumer;

/** What the start page's buttons do; the main window supplies them (choosers, dialogs, tabs). */
public record WelcomeActions(
        Runnable openSamples,
        Runnable openFolder,
        Runnable openBucket,
        Consumer<String> openRecent,
        Runnable browse,
        Runnable gridVideo,
        Runnable newRun,
        Runnable reviewRun,
        Consumer<Path> reviewRecent) {}
