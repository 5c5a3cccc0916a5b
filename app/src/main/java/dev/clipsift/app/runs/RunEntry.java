package dev.clipsift.app.runs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.io.Json;
import dev.clipsift.run.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * A run as the Runs view lists it: its folder and output, its state and counts, read from the folder: a
 * {@code summary.json} (written when a session ends) gives the totals, complete or, when some videos or clips
 * failed, failed; without one the run was interrupted (or still runs, when this window runs it) and its
 * {@code videos/*.json} give what is done so far.
 */
public record RunEntry(Path folder, String output, State state, int videos, int clips, int failed, Instant updated) {
    /** Where a run stands. */
    public enum State {
        RUNNING("running"),
        COMPLETE("complete"),
        FAILED("failed (some videos or clips)"),
        INTERRUPTED("interrupted: resume to finish"),
        MISSING("gone (no config.json)");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Reads the run in {@code e}'s folder; {@code running} when this window runs it now. */
    static RunEntry read(RecentRuns.Entry e, boolean running) {
        RunFolder f = new RunFolder(e.path());
        if (!f.hasConfig()) {
            return new RunEntry(e.path(), e.output(), State.MISSING, 0, 0, 0, Instant.EPOCH);
        }
        try {
            if (!running && Files.isRegularFile(f.summary())) {
                JsonNode s = Json.mapper().readTree(f.summary().toFile());
                int failed =
                        s.path("inputs_failed").asInt() + s.path("clips_failed").asInt();
                return new RunEntry(
                        e.path(),
                        e.output(),
                        failed > 0 ? State.FAILED : State.COMPLETE,
                        s.path("inputs").asInt(),
                        s.path("clips").asInt(),
                        failed,
                        Files.getLastModifiedTime(f.summary()).toInstant());
            }
            int videos = 0;
            int clips = 0;
            int failed = 0;
            if (Files.isDirectory(f.videos())) {
                try (Stream<Path> files = Files.list(f.videos())) {
                    for (Path p :
                            files.filter(p -> p.toString().endsWith(".json")).toList()) {
                        JsonNode v = Json.mapper().readTree(p.toFile());
                        videos++;
                        clips += v.path("clips").path("total").asInt();
                        failed += v.path("clips").path("failed").asInt();
                    }
                }
            }
            return new RunEntry(
                    e.path(),
                    e.output(),
                    running ? State.RUNNING : State.INTERRUPTED,
                    videos,
                    clips,
                    failed,
                    Files.getLastModifiedTime(f.config()).toInstant());
        } catch (IOException ex) {
            return new RunEntry(e.path(), e.output(), State.MISSING, 0, 0, 0, Instant.EPOCH);
        }
    }
}
