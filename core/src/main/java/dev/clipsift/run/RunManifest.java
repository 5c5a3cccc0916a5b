package dev.clipsift.run;

import dev.clipsift.model.Schema;
import java.util.List;
import java.util.Map;

/**
 * {@code config.json}: what a run is — schema version, run id, the tool version that started it, the resolved
 * settings and every stage with its resources, parameters and fingerprint — written when the run starts and
 * again when a later session changes a stage's settings.
 */
public record RunManifest(
        int schemaVersion, String runId, String toolVersion, RunConfig config, List<Map<String, Object>> stages) {

    public static RunManifest of(String runId, String toolVersion, RunConfig config, List<Map<String, Object>> stages) {
        return new RunManifest(Schema.VERSION, runId, toolVersion, config, stages);
    }
}
