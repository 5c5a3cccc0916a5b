package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.bench.InstantVlmServer;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.review.CaptionHistory;
import dev.clipsift.review.Recaption;
import dev.clipsift.review.ReviewJournal;
import dev.clipsift.review.ReviewRun;
import dev.clipsift.shard.ShardChecks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real captioned run reviewed through {@link ReviewRun}, then exported and reported headless with
 * {@code clipsift review}: the rejected clip is left out, the edited caption is the sample's txt, the run's own
 * records are unchanged, and a re-caption adds a version the history shows.
 */
class ReviewCommandTest {
    @TempDir
    Path dir;

    @Test
    void anExportHoldsTheKeptClipsWithTheirReviewedCaptionsAndTheReportCountsTheReview() throws Exception {
        try (InstantVlmServer server = new InstantVlmServer()) {
            Path out = CaptionedRun.of(dir, 150, server);
            String rejected;
            String edited;
            String recordBefore;
            try (ReviewRun review = ReviewRun.open(out, "ana", w -> {})) {
                assertThat(review.index().size()).isEqualTo(3);
                rejected = review.index().id(0);
                edited = review.index().id(1);
                recordBefore = Files.readString(out.resolve("clips/" + edited + ".json"));
                review.decide(new int[] {0}, false, "title card");
                review.editCaption(1, 0, "A grey gradient slides past.");
                assertThat(review.windows(1)).containsExactly("A grey gradient slides past.");
            }
            assertThat(Files.readAllLines(ReviewJournal.file(out))).hasSize(2);

            Path export = dir.resolve("export");
            CliRun exported = CliRun.of("review", "export", out.toString(), "--to", export.toString());

            assertThat(exported.exitCode()).as(exported.err()).isZero();
            assertThat(exported.out()).startsWith("2 samples in 1 shards, 0 skipped");
            Map<String, Map<String, byte[]>> samples = ShardChecks.samples(export, 500_000_000L);
            assertThat(samples).containsOnlyKeys(edited, review2(out));
            assertThat(new String(samples.get(edited).get("txt"), StandardCharsets.UTF_8))
                    .isEqualTo("A grey gradient slides past.");
            assertThat(new String(samples.get(edited).get("json"), StandardCharsets.UTF_8))
                    .contains("\"version\" : \"" + CaptionHistory.REVIEWED + "\"")
                    .contains("review by ana");
            assertThat(ShardChecks.query("SELECT caption FROM '" + export.resolve("manifest.parquet") + "' WHERE id = '"
                            + edited + "'"))
                    .singleElement()
                    .satisfies(row -> assertThat(row).containsEntry("caption", "A grey gradient slides past."));
            assertThat(Files.readString(out.resolve("clips/" + edited + ".json")))
                    .as("the run's records are left as they are")
                    .isEqualTo(recordBefore);
            assertThat(Files.readString(export.resolve("review-report.md")))
                    .contains("review: title card | 1")
                    .contains("1 edits on 1 clips")
                    .contains("| ana | 2 |");

            CliRun report = CliRun.of("review", "report", out.toString());
            assertThat(report.exitCode()).as(report.err()).isZero();
            assertThat(report.out()).contains("3 clips: 1 filtered, 2 ok");
            assertThat(out.resolve("review/report.json")).content().contains("\"rejected\" : 1");

            List<String> warnings = new ArrayList<>();
            try (ReviewRun review = ReviewRun.open(out, "ana", warnings::add)) {
                String version = Recaption.version(review.clips());
                assertThat(version).isEqualTo("v1");
                Recaption.start(out, List.of(edited), version, "Say what moves.", 1, RunListener.NONE, warnings::add)
                        .result();
            }
            try (ReviewRun review = ReviewRun.open(out, "ana", warnings::add)) {
                int row = review.index().row(edited);
                assertThat(review.history(row))
                        .extracting(CaptionHistory.Version::label)
                        .containsExactly("v0", "edit 1", "v1");
                assertThat(review.windows(row)).containsExactly("A caption.");
                assertThat(review.clip(row)
                                .captions()
                                .version("v1")
                                .orElseThrow()
                                .prompt())
                        .isEqualTo("Say what moves.");
                assertThat(review.clip(0).captions().versions()).hasSize(1);
            }
        }
    }

    /** The third clip, which nobody touched. */
    private static String review2(Path out) throws Exception {
        try (ReviewRun review = ReviewRun.open(out, "ana", w -> {})) {
            return review.index().id(2);
        }
    }
}
