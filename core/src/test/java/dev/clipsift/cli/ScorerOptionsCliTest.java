package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.io.Json;
import dev.clipsift.transcode.SyntheticVideo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quality and aesthetic families' options on the real command line. */
class ScorerOptionsCliTest {
    @TempDir
    Path tmp;

    @Test
    void theHelpListsTheOptionsAndTheyReachTheRunsConfig() throws Exception {
        assertThat(CliRun.of("run", "--help").out())
                .contains("--quality-filter", "--quality-threshold")
                .contains("--aesthetic-filter", "--aesthetic-model", "--aesthetic-head")
                .contains("--aesthetic-threshold", "--aesthetic-reduction");

        Path in = Files.createDirectories(tmp.resolve("in"));
        SyntheticVideo.write(in.resolve("a.mp4"), 50, 25, List.of(), false);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of(
                "run",
                "--input",
                in.toString(),
                "--output",
                out.toString(),
                "--splitting-algorithm",
                "fixed-stride",
                "--quality-filter",
                "enable",
                "--quality-threshold",
                "0.5",
                "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode config =
                Json.mapper().readTree(out.resolve("config.json").toFile()).path("config");
        assertThat(config.path("quality").path("filter").asText()).isEqualTo("enable");
        assertThat(config.path("quality").path("threshold").asDouble()).isEqualTo(0.5);
        assertThat(config.path("aesthetic").path("filter").asText()).isEqualTo("disable");
    }

    @Test
    void anAestheticFilterWithoutAModelOrWithAMissingOneIsAUsageErrorBeforeTheRun() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        SyntheticVideo.write(in.resolve("a.mp4"), 50, 25, List.of(), false);

        CliRun noModel = CliRun.of(
                "run",
                "--input",
                in.toString(),
                "--output",
                tmp.resolve("o1").toString(),
                "--aesthetic-filter",
                "enable",
                "-q");
        assertThat(noModel.exitCode()).isNotZero();
        assertThat(noModel.err()).contains("needs aesthetic.model");

        Path missing = tmp.resolve("nowhere/model.onnx");
        CliRun missingModel = CliRun.of(
                "run",
                "--input",
                in.toString(),
                "--output",
                tmp.resolve("o2").toString(),
                "--aesthetic-model",
                missing.toString(),
                "-q");
        assertThat(missingModel.exitCode()).isNotZero();
        assertThat(missingModel.err()).contains(missing + " does not exist");
        assertThat(tmp.resolve("o2/clips")).doesNotExist();
    }
}
