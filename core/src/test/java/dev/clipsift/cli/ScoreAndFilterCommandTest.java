package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.io.Json;
import dev.clipsift.transcode.SyntheticVideo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clipsift score} adds a scorer to a finished run without cutting or encoding again; {@code clipsift
 * filter} re-applies thresholds (flags or a policy file) to its records and prints each filter's counts.
 */
class ScoreAndFilterCommandTest {
    @TempDir
    Path tmp;

    static List<JsonNode> records(Path out) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        try (Stream<Path> clips = Files.list(out.resolve("clips"))) {
            for (Path p :
                    clips.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                all.add(Json.mapper().readTree(p.toFile()));
            }
        }
        return all;
    }

    @Test
    void scoreAddsAFamilyToAFinishedRunAndFilterReappliesThresholds() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        SyntheticVideo.write(in.resolve("a.mp4"), 100, 25, List.of(), false);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.runInTwoSecondClips(in, out);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(records(out)).allSatisfy(r -> assertThat(r.path("scores").has("brightness_mean"))
                .isFalse());

        CliRun score = CliRun.of("score", out.toString(), "--brightness", "-q");

        assertThat(score.exitCode()).as(score.err()).isZero();
        assertThat(score.out()).contains("brightness").contains("score-only");
        JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.path("session").path("decoded_frames").path("split").asLong())
                .as("nothing split again")
                .isZero();
        assertThat(records(out)).hasSize(2).allSatisfy(r -> assertThat(
                        r.path("scores").path("brightness_mean").asDouble())
                .isPositive());

        CliRun strict = CliRun.of("filter", out.toString(), "--brightness-filter", "enable", "--brightness-min", "300");

        assertThat(strict.exitCode()).as(strict.err()).isZero();
        assertThat(strict.out()).containsPattern("brightness\\s+enable\\s+2 scored\\s+0 passed\\s+2 rejected");
        assertThat(records(out)).allSatisfy(r -> {
            assertThat(r.path("status").path("state").asText()).isEqualTo("filtered");
            assertThat(r.path("status").path("reasons").get(0).asText()).startsWith("brightness_mean");
        });

        Path policy = tmp.resolve("policy.json");
        Files.writeString(policy, "{\"brightness\": {\"min\": 0}}");
        CliRun loose = CliRun.of("filter", out.toString(), "--policy", policy.toString());

        assertThat(loose.out()).containsPattern("2 passed\\s+0 rejected").contains("2 changed status");
        assertThat(records(out))
                .allSatisfy(
                        r -> assertThat(r.path("status").path("state").asText()).isEqualTo("ok"));

        CliRun rescore = CliRun.of("filter", out.toString(), "--brightness-fps", "1");
        assertThat(rescore.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(rescore.err()).contains("clipsift score");
    }
}
