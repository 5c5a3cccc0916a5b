package dev.clipsift.motion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.cli.CliRun;
import dev.clipsift.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --motion-filter} and the thresholds land in the run's {@code motion} section; options not given leave it alone. */
class MotionOptionsTest {
    @TempDir
    Path tmp;

    @Test
    void theFlagsLandInTheMotionSectionAndTheClipsAreScored() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        MotionFrames.video(in.resolve("pan.mp4"), 100, (i, x, y) -> MotionFrames.texture(x + i, y, 0));
        Path out = tmp.resolve("out");

        CliRun run = CliRun.runInTwoSecondClips(
                in,
                out,
                "--motion-filter",
                "enable",
                "--motion-global-mean-threshold",
                "0.002",
                "--motion-per-patch-min-256-threshold",
                "0.00001");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode motion = Json.mapper()
                .readTree(out.resolve("config.json").toFile())
                .path("config")
                .path("motion");
        assertThat(motion.path("filter").asText()).isEqualTo("enable");
        assertThat(motion.path("global_mean_threshold").asDouble()).isEqualTo(0.002);
        assertThat(motion.path("per_patch_min_256_threshold").asDouble()).isEqualTo(0.00001);
        assertThat(motion.path("fps").asDouble()).as("a default filled in").isEqualTo(2.0);
        try (Stream<Path> clips = Files.list(out.resolve("clips"))) {
            List<Path> records =
                    clips.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(records).hasSize(2);
            for (Path r : records) {
                JsonNode scores = Json.mapper().readTree(r.toFile()).path("scores");
                assertThat(scores.path("motion_pairs").asDouble()).isEqualTo(3.0);
                assertThat(scores.path("motion_global_mean").asDouble())
                        .as("the pan")
                        .isGreaterThan(0.00098);
            }
        }
    }

    @Test
    void helpListsTheFlagsAndABadModeIsAUsageError() {
        assertThat(CliRun.of("run", "--help").out())
                .contains("--motion-filter", "--motion-global-mean-threshold", "--motion-per-patch-min-256-threshold");

        CliRun bad = CliRun.of("run", "--input", tmp.toString(), "--motion-filter", "sometimes", "-q");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("--motion-filter").contains("score-only");
    }

    @Test
    void onlyTheOptionsGivenAreLaidOverTheSection() {
        MotionFamily.Options none = new MotionFamily.Options();
        ObjectNode section = Json.mapper().createObjectNode().put("global_mean_threshold", 0.5);
        none.applyTo(section);
        assertThat(section.toString()).isEqualTo("{\"global_mean_threshold\":0.5}");

        MotionFamily.Options some = new MotionFamily.Options();
        new CommandLine(some).parseArgs("--motion-filter", "Score_Only", "--motion-per-patch-min-256-threshold", "0");
        some.applyTo(section);
        assertThat(section.toString())
                .isEqualTo(
                        "{\"global_mean_threshold\":0.5,\"filter\":\"score-only\",\"per_patch_min_256_threshold\":0.0}");
    }
}
