package dev.clipsift.cli;

import dev.clipsift.dedup.DedupConfig;
import dev.clipsift.run.RunConfig;
import picocli.CommandLine.Command;

@Command(
        name = "dedup",
        mixinStandardHelpOptions = true,
        description = {
            "Deduplicate an existing run: its saved settings with the dedup family switched on (and the embeddings",
            "family too, for semantic dedup, unless --dedup-methods leaves semantic out) and the family flags given",
            "laid over them. Clips not hashed or embedded yet are decoded once; then the dedup pass groups the run's",
            "clips, keeps one per group and marks the others 'duplicate', and writes dedup/report.json.",
            "Exit code: 0 all fine, 2 some clips failed, 1 usage or internal error."
        })
final class DedupCommand extends ChangedRunCommand {
    @Override
    RunConfig overlay(RunConfig saved) {
        RunConfig dedup = FamilyFlags.overlay(spec, saved, session.families(), FamilyFlags.enabled("dedup"));
        if (!semantic(dedup)) {
            return dedup;
        }
        return FamilyFlags.overlay(spec, saved, session.families(), FamilyFlags.enabled("dedup", "embeddings"));
    }

    /** Whether the settings' dedup compares embeddings. */
    private static boolean semantic(RunConfig config) {
        return config.families().get("dedup") instanceof DedupConfig d
                && d.methods().contains("semantic");
    }
}
