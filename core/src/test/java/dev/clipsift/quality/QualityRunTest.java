package dev.clipsift.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.RunRecords;
import dev.clipsift.TestData;
import dev.clipsift.engine.FilterMode;
import dev.clipsift.io.Json;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.run.CurationRun;
import dev.clipsift.run.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality family end to end: a plain run (the family scores by default) writes {@code quality} and its six
 * components on every clip of bikes.mp4, at most 8 frames each from the shared decode; a rerun with only a new
 * threshold and mode re-scores nothing.
 */
class QualityRunTest {
    @TempDir
    Path tmp;

    @Test
    void aPlainRunScoresEveryClipAndANewThresholdReScoresNothing() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(TestData.video("bikes.mp4"), input.resolve("bikes.mp4"));
        Path out = tmp.resolve("out");

        RunSummary first = new CurationRun(out, 2, RunListener.NONE, w -> {}).start(RunRecords.shots(input));

        assertThat(first.clips()).isEqualTo(5);
        assertThat(RunRecords.clips(out)).hasSize(5).allSatisfy(c -> {
            assertThat(c.stages()).containsKey("quality");
            assertThat(c.scores().get("quality")).isBetween(3.5, 10.0);
            for (String k : QualityScale.COMPONENTS) {
                assertThat(c.scores().get("quality_" + k)).as(k).isBetween(0.0, 1.0);
            }
        });
        RunSummary.StageStat stage = first.session().stages().stream()
                .filter(s -> s.stage().equals("quality"))
                .findFirst()
                .orElseThrow();
        assertThat(stage.itemsIn()).isEqualTo(5);
        JsonNode manifest = Json.mapper().readTree(out.resolve("config.json").toFile());
        assertThat(manifest.path("config").path("quality").path("filter").asText())
                .isEqualTo("score-only");

        QualityConfig strict = QualityConfig.defaults().withFilter(FilterMode.ENABLE, 9.9);
        RunSummary again = new CurationRun(out, 2, RunListener.NONE, w -> {})
                .start(RunRecords.shots(input).withFamily("quality", strict));

        assertThat(again.session().decodedFrames().clipSpans())
                .as("a threshold re-filters, it does not re-score")
                .isZero();
        assertThat(Json.mapper()
                        .readTree(out.resolve("config.json").toFile())
                        .path("config")
                        .path("quality")
                        .path("threshold")
                        .asDouble())
                .isEqualTo(9.9);
    }
}
