package dev.clipsift.review;

import dev.clipsift.engine.RunPass;
import dev.clipsift.shard.ShardConfig;
import dev.clipsift.shard.ShardFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kept clips after a review, as training shards: the shard family's own pass run over the reviewed records
 * ({@link ReviewedRecords}) into a folder of the export's (WebDataset tars, {@code manifest.parquet},
 * {@code index.json}), so an export is laid out and written exactly as a run's shards are; then the review
 * report beside them ({@code review-report.json}, {@code review-report.md}). Exporting again into the same folder
 * rewrites only the tars that changed.
 */
public final class ReviewExport {
    /** Where an export goes unless told: {@code review/export} in the run folder. */
    public static final String DEFAULT = "review/export";

    private ReviewExport() {}

    /** Exports the review {@code state} of the run in {@code root} into {@code to}; returns the shard pass's summary. */
    public static Map<String, Object> run(Path root, ReviewState state, ReviewReport report, Path to) throws Exception {
        Path dir = Files.createDirectories(to.toAbsolutePath().normalize());
        ShardConfig config = new ShardConfig(true, dir.toString(), null, null, null, null, null);
        List<RunPass> passes = new ShardFamily().passes(config);
        RunPass pass = passes.get(0);
        pass.validate();
        Map<String, Object> summary = new LinkedHashMap<>(pass.run(ReviewedRecords.of(root, state, dir)));
        report.write(dir, "review-report");
        summary.put("report", dir.resolve("review-report.md").toString());
        return summary;
    }
}
