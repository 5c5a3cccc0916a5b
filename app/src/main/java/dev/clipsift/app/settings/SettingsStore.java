package dev.clipsift.app.settings;

import dev.clipsift.app.UserDirs;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's {@link Settings} in one JSON file ({@code settings.json} in {@link UserDirs#config()} for the app),
 * read once and written atomically on every change. A missing or unreadable file gives the defaults.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private Settings current;

    public SettingsStore(Path file) {
        this.file = file;
        this.current = read(file);
    }

    /** This user's settings file. */
    public static SettingsStore ofUser() {
        return new SettingsStore(UserDirs.config().resolve("settings.json"));
    }

    public Path file() {
        return file;
    }

    public synchronized Settings get() {
        return current;
    }

    /** Replaces the settings by {@code change} of them and writes the file. */
    public synchronized Settings update(UnaryOperator<Settings> change) throws IOException {
        Settings next = change.apply(current);
        Json.writeAtomically(file, next);
        current = next;
        return next;
    }

    private static Settings read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            Settings read = Json.mapper().readValue(file.toFile(), Settings.class);
            read.s3().toS3Settings(); // a hand-edited endpoint that is no URI is refused here, not at start-up
            return read;
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read the settings in {} ({}): using the defaults", file, e.getMessage());
            return Settings.defaults();
        }
    }
}
