package dev.clipsift.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.Version;
import dev.clipsift.engine.FamilyRegistry;
import dev.clipsift.engine.FilterTally;
import dev.clipsift.io.Json;
import dev.clipsift.pipeline.RunListener;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code clipsift filter}: new filter modes and thresholds applied to a run folder's records without decoding
 * anything. Settings that change how clips are scored are refused (that is {@code clipsift score}); a filter
 * whose scorer never ran on the run is applied but sees no scores, and is reported. The run's
 * {@code config.json} and {@code summary.json} are updated, so a later resume and the summary follow the new
 * policy; the families' passes over the whole run (dedup, shards) run again on the new statuses.
 */
public final class Refilter {
    private Refilter() {}

    /** What it did: clips seen and changed, each filter's counts, notes for the user, and the time it took. */
    public record Report(
            int videos,
            int clips,
            int changed,
            Map<String, FilterTally.Counts> filters,
            List<String> notes,
            double seconds) {}

    /** The settings the run in {@code folder} was made with. */
    public static RunConfig saved(Path folder, FamilyRegistry registry) throws IOException {
        RunFolder f = new RunFolder(folder);
        if (!f.hasConfig()) {
            throw new FileNotFoundException("no run in " + folder + " (config.json missing)");
        }
        return new RunConfigReader(registry).read(f.config());
    }

    public static Report apply(Path root, RunConfig config, FamilyRegistry registry) throws IOException {
        long t0 = System.nanoTime();
        RunFolder folder = new RunFolder(root);
        RunConfig saved = saved(root, registry);
        if (!saved.sameClips(config)) {
            throw new IllegalArgumentException("filtering cannot change the input, splitting or clip spans");
        }
        RunOptions options = new RunOptions(1, null, registry, false);
        RunAssembly now = new RunAssembly(config, folder, options, w -> {});
        Map<String, String> before = new RunAssembly(saved, folder, options, w -> {}).marks();
        List<String> notes = new ArrayList<>();
        now.marks().forEach((stage, mark) -> {
            String was = before.get(stage);
            if (was == null) {
                notes.add(stage + " has not scored this run: its filter sees no scores (run 'clipsift score " + root
                        + "' with the same options to score the clips)");
            } else if (!was.equals(mark)) {
                throw new IllegalArgumentException("these settings change how '" + stage
                        + "' scores clips, not only its filter: use 'clipsift score " + root + "' instead");
            }
        });
        RunPasses.Ended ended = RunPasses.endOfRun(
                RunFiltering.apply(folder, now.policy, true),
                now,
                folder,
                null,
                () -> false,
                RunListener.NONE,
                root.toString());
        RunFiltering.Pass pass = ended.filtered();
        JsonNode manifest = Json.mapper().readTree(folder.config().toFile());
        String runId = manifest.path("run_id").asText(null);
        if (!saved.equals(config)) {
            Json.writeAtomically(folder.config(), RunManifest.of(runId, Version.get(), config, now.describe()));
        }
        if (Files.isRegularFile(folder.summary())) {
            RunSummary old = Json.read(folder.summary(), RunSummary.class);
            Json.writeAtomically(
                    folder.summary(), SummaryBuilder.build(pass, runId, config, old.session(), ended.summaries()));
        }
        return new Report(
                pass.videos().size(),
                pass.clips(),
                pass.changed(),
                pass.filters(),
                notes,
                (System.nanoTime() - t0) / 1e9);
    }
}
