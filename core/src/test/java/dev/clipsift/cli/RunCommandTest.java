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

class RunCommandTest {
    @TempDir
    Path tmp;

    private Path input() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        SyntheticVideo.write(in.resolve("a.mp4"), 100, 25, List.of(50), false);
        SyntheticVideo.write(in.resolve("b.mp4"), 100, 25, List.of(), false);
        return in;
    }

    @Test
    void flagsOverrideTheConfigFileAndTheResolvedSettingsAreSavedInTheRunFolder() throws Exception {
        Path in = input();
        Path cfg = tmp.resolve("run.json");
        Files.writeString(
                cfg,
                "{\"input\": \"" + in + "\", \"limit\": 2, \"splitting\": {\"algorithm\": \"fixed-stride\"},"
                        + " \"transcode\": {\"bitrate_mbps\": 2}}");
        Path outDir = tmp.resolve("out");

        CliRun run = CliRun.of(
                "run",
                "--config",
                cfg.toString(),
                "--output",
                outDir.toString(),
                "--limit",
                "1",
                "--fixed-stride-split-duration",
                "2",
                "--transcode-max-fps",
                "10",
                "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode manifest = Json.mapper().readTree(outDir.resolve("config.json").toFile());
        assertThat(manifest.path("schema_version").asInt()).isEqualTo(dev.clipsift.model.Schema.VERSION);
        assertThat(manifest.path("tool_version").asText()).isNotBlank();
        JsonNode saved = manifest.path("config");
        assertThat(saved.path("limit").asInt()).isEqualTo(1);
        assertThat(saved.path("splitting").path("params").path("stride_s").asDouble())
                .isEqualTo(2.0);
        assertThat(saved.path("clips").path("crop_s").asDouble()).isZero();
        assertThat(saved.path("clips").path("min_frames").asInt()).isEqualTo(48);
        assertThat(saved.path("transcode").path("bitrate_mbps").asDouble()).isEqualTo(2.0);
        assertThat(saved.path("transcode").path("max_fps").asDouble()).isEqualTo(10.0);
        JsonNode summary = Json.mapper().readTree(outDir.resolve("summary.json").toFile());
        assertThat(summary.path("inputs").asInt()).isEqualTo(1);
        assertThat(summary.path("clips").asInt()).isEqualTo(2);
        assertThat(run.out()).contains("1 videos (1 ok, 0 failed), 2 clips");
    }

    @Test
    void anUnknownKeyInAConfigFileIsAnErrorNamingTheKeyAndTheFile() throws Exception {
        Path in = input();
        Path cfg = tmp.resolve("typo.json");
        Files.writeString(cfg, "{\"input\": \"" + in + "\", \"transcode\": {\"bitrate_mbp\": 2}}");
        Path top = tmp.resolve("top.json");
        Files.writeString(top, "{\"input\": \"" + in + "\", \"limt\": 2}");

        CliRun inSection = CliRun.of(
                "run", "--config", cfg.toString(), "--output", tmp.resolve("o1").toString(), "-q");
        CliRun atTop = CliRun.of(
                "run", "--config", top.toString(), "--output", tmp.resolve("o2").toString(), "-q");

        assertThat(inSection.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(inSection.err())
                .contains("transcode.bitrate_mbp")
                .contains(cfg.toString())
                .contains("bitrate_mbps");
        assertThat(atTop.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(atTop.err()).contains("'limt'").contains(top.toString());
        assertThat(tmp.resolve("o1")).doesNotExist();
    }

    @Test
    void theExitCodeIsTwoWhenSomeInputsFailedAndResumeFinishesTheSameRun() throws Exception {
        Path in = input();
        Files.write(in.resolve("broken.mp4"), new byte[] {1, 2, 3});
        Path outDir = tmp.resolve("out");

        CliRun run = CliRun.of(
                "run",
                "--input",
                in.toString(),
                "--output",
                outDir.toString(),
                "--splitting-algorithm",
                "fixed-stride",
                "--fixed-stride-split-duration",
                "2",
                "-q");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_ITEMS_FAILED);
        assertThat(run.err()).contains("broken.mp4").contains("probe.unreadable");
        CliRun resume = CliRun.of("resume", outDir.toString(), "-q");
        assertThat(resume.exitCode()).isEqualTo(ExitCodes.SOME_ITEMS_FAILED);
        assertThat(resume.out()).contains("0 videos processed, 3 already done");

        SyntheticVideo.write(in.resolve("broken.mp4"), 100, 25, List.of(), false);
        CliRun again = CliRun.of("resume", outDir.toString(), "-q");
        assertThat(again.out())
                .as("a failed video stays failed unless asked")
                .contains("0 videos processed, 3 already done");
        CliRun retry = CliRun.of("resume", outDir.toString(), "--retry-failed", "-q");
        assertThat(retry.exitCode()).as(retry.err()).isEqualTo(ExitCodes.OK);
        assertThat(retry.out()).contains("1 videos processed, 2 already done").contains("3 videos (3 ok, 0 failed)");
    }

    @Test
    void unknownAlgorithmsMisplacedFlagsAndMissingRunsAreUsageErrors() throws Exception {
        Path in = input();
        CliRun nonsense = CliRun.of(
                "run",
                "--input",
                in.toString(),
                "--output",
                tmp.resolve("o1").toString(),
                "--splitting-algorithm",
                "nonsense",
                "-q");
        assertThat(nonsense.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(nonsense.err()).contains("nonsense");
        CliRun misplaced = CliRun.of(
                "run",
                "--input",
                in.toString(),
                "--output",
                tmp.resolve("o2").toString(),
                "--splitting-algorithm",
                "content",
                "--fixed-stride-split-duration",
                "3");
        assertThat(misplaced.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(misplaced.err()).contains("--fixed-stride-split-duration needs");
        assertThat(CliRun.of("run", "--output", tmp.resolve("o3").toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        if (!dev.clipsift.transcode.Encoders.compiledIn("libx264")) {
            CliRun x264 = CliRun.of(
                    "run",
                    "--input",
                    in.toString(),
                    "--output",
                    tmp.resolve("o4").toString(),
                    "-q",
                    "--splitting-algorithm",
                    "fixed-stride",
                    "--transcode-encoder",
                    "libx264");
            assertThat(x264.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
            assertThat(x264.err()).contains("libx264 is GPL");
            assertThat(tmp.resolve("o4")).doesNotExist();
        }
        CliRun nothing = CliRun.of("resume", tmp.resolve("nowhere").toString());
        assertThat(nothing.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(nothing.err()).contains("no run to resume");
    }
}
