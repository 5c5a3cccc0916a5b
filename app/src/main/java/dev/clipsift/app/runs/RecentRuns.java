package dev.clipsift.app.runs;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.clipsift.app.UserDirs;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's recent runs, newest first, at most {@link #KEPT}: each run's local folder (the output, or an s3://
 * output's staging folder) and its output, in one small JSON file ({@code recent-runs.json}) written atomically.
 * {@link #ofUser()} keeps it in the per-user config folder ({@link UserDirs#config()}).
 */
public final class RecentRuns {
    /** Runs remembered. */
    public static final int KEPT = 50;

    /** One remembered run. */
    public record Entry(String folder, String output) {
        public Path path() {
            return Path.of(folder);
        }
    }

    private static final TypeReference<List<Entry>> LIST = new TypeReference<>() {};

    private final Path file;

    public RecentRuns(Path file) {
        this.file = file;
    }

    /** The list in this user's config folder. */
    public static RecentRuns ofUser() {
        return new RecentRuns(UserDirs.config().resolve("recent-runs.json"));
    }

    public Path file() {
        return file;
    }

    /** The runs, newest first; none when the file is missing or unreadable. */
    public synchronized List<Entry> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return List.copyOf(Json.mapper().readValue(file.toFile(), LIST));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Puts the run in {@code folder} first (once), dropping the oldest beyond {@link #KEPT}. */
    public synchronized void add(Path folder, String output) throws IOException {
        String f = folder.toAbsolutePath().normalize().toString();
        List<Entry> runs = new ArrayList<>();
        runs.add(new Entry(f, output));
        list().stream().filter(e -> !e.folder().equals(f)).limit(KEPT - 1).forEach(runs::add);
        Files.createDirectories(file.getParent());
        Json.writeAtomically(file, runs);
    }
}
