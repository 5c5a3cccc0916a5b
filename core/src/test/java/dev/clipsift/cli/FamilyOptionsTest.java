package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.io.Json;
import dev.clipsift.transcode.SyntheticVideo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A family registered from the test sources brings its own `run` options and config section. */
class FamilyOptionsTest {
    @TempDir
    Path tmp;

    @Test
    void aTestFamilysOptionsAndSectionWorkFromTheCommandLineAndFromAConfigFile() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        SyntheticVideo.write(in.resolve("a.mp4"), 100, 25, List.of(), false);
        Path out = tmp.resolve("out");

        CliRun run = CliRun.runInTwoSecondClips(in, out, "--brightness", "--brightness-fps", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(CliRun.of("run", "--help").out()).contains("--brightness-fps");
        JsonNode manifest = Json.mapper().readTree(out.resolve("config.json").toFile());
        assertThat(manifest.path("config").path("brightness").path("fps").asDouble())
                .isEqualTo(1.0);
        try (Stream<Path> clips = Files.list(out.resolve("clips"))) {
            List<Path> records =
                    clips.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(records).hasSize(2);
            for (Path r : records) {
                assertThat(Json.mapper()
                                .readTree(r.toFile())
                                .path("scores")
                                .path("brightness_frames")
                                .asDouble())
                        .isEqualTo(2.0);
            }
        }

        Path typo = tmp.resolve("typo.json");
        Files.writeString(typo, "{\"input\": \"" + in + "\", \"brightness\": {\"enabld\": true}}");
        CliRun bad = CliRun.of(
                "run",
                "--config",
                typo.toString(),
                "--output",
                tmp.resolve("o2").toString(),
                "-q");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(bad.err()).contains("brightness.enabld").contains(typo.toString());
    }
}
