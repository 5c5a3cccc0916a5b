package dev.clipsift.dedup;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code dedup/report.json}: the settings, how many clips were compared ({@code considered}: those {@code ok} or
 * {@code duplicate}; filtered and failed clips are left alone), the pairs each method found, what the semantic
 * clustering did, and every duplicate group: its size, the clip kept and why (the first criterion of the
 * {@code rule} that told the keeper from the next best), and each member with what the rule read and the methods
 * that linked it.
 */
record DedupReport(
        int schemaVersion,
        String rule,
        Map<String, Object> settings,
        int considered,
        int groups,
        int duplicates,
        Map<String, Long> pairs,
        @Nullable Semantic semantic,
        List<Group> duplicateGroups) {

    /** The semantic step: the embedding compared, how many clips had it, the clusters' sizes and the iterations. */
    record Semantic(String model, int dim, int clips, List<Integer> clusterSizes, int iterations) {}

    record Group(String group, int size, String kept, String why, List<Member> members) {}

    record Member(
            String id,
            boolean kept,
            @Nullable Integer width,
            @Nullable Integer height,
            @Nullable Double quality,
            double durationS,
            List<String> linkedBy) {}
}
