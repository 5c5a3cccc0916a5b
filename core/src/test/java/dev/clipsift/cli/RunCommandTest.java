package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.io.Json;
import dev.clipsift.transcode.SyntheticVideo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int clipsift(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

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
        Files.writeString(cfg, "{\"input\": \"" + in + "\", \"limit\": 2, \"splitting\": {\"algorithm\": \"fixed-stride\"},"
                + " \"transcode\": {\"bitrate_mbps\": 2}}");
        Path outDir = tmp.resolve("out");

        int code = clipsift("run", "--config", cfg.toString(), "--output", outDir.toString(), "--limit", "1",
                "--fixed-stride-split-duration", "2", "--transcode-max-fps", "10", "-q");

        assertThat(code).as(err.toString()).isZero();
        JsonNode saved = Json.mapper().readTree(outDir.resolve("config.json").toFile());
        assertThat(saved.path("limit").asInt()).isEqualTo(1);
        assertThat(saved.path("splitting").path("params").path("stride_s").asDouble()).isEqualTo(2.0);
        assertThat(saved.path("clips").path("crop_s").asDouble()).isZero();
        assertThat(saved.path("clips").path("min_frames").asInt()).isEqualTo(48);
        assertThat(saved.path("transcode").path("bitrate_mbps").asDouble()).isEqualTo(2.0);
        assertThat(saved.path("transcode").path("max_fps").asDouble()).isEqualTo(10.0);
        JsonNode summary = Json.mapper().readTree(outDir.resolve("summary.json").toFile());
        assertThat(summary.path("inputs").asInt()).isEqualTo(1);
        assertThat(summary.path("clips").asInt()).isEqualTo(2);
        assertThat(out.toString()).contains("1 videos (1 ok, 0 failed), 2 clips");
    }

    @Test
    void theExitCodeIsTwoWhenSomeInputsFailedAndResumeFinishesTheSameRun() throws Exception {
        Path in = input();
        Files.write(in.resolve("broken.mp4"), new byte[] {1, 2, 3});
        Path outDir = tmp.resolve("out");

        int code = clipsift("run", "--input", in.toString(), "--output", outDir.toString(),
                "--splitting-algorithm", "fixed-stride", "--fixed-stride-split-duration", "2", "-q");

        assertThat(code).isEqualTo(ExitCodes.SOME_ITEMS_FAILED);
        assertThat(err.toString()).contains("broken.mp4").contains("probe.unreadable");
        assertThat(clipsift("resume", outDir.toString(), "-q")).isEqualTo(ExitCodes.SOME_ITEMS_FAILED);
        assertThat(out.toString()).contains("0 videos processed, 3 already done");
    }

    @Test
    void unknownAlgorithmsMisplacedFlagsAndMissingRunsAreUsageErrors() throws Exception {
        Path in = input();
        assertThat(clipsift("run", "--input", in.toString(), "--output", tmp.resolve("o1").toString(),
                "--splitting-algorithm", "nonsense", "-q")).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(err.toString()).contains("nonsense");
        assertThat(clipsift("run", "--input", in.toString(), "--output", tmp.resolve("o2").toString(),
                "--splitting-algorithm", "content", "--fixed-stride-split-duration", "3")).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(err.toString()).contains("--fixed-stride-split-duration needs");
        assertThat(clipsift("run", "--output", tmp.resolve("o3").toString())).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        if (!dev.clipsift.transcode.Encoders.compiledIn("libx264")) {
            assertThat(clipsift("run", "--input", in.toString(), "--output", tmp.resolve("o4").toString(), "-q",
                    "--splitting-algorithm", "fixed-stride", "--transcode-encoder", "libx264")).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
            assertThat(err.toString()).contains("libx264 is GPL");
            assertThat(tmp.resolve("o4")).doesNotExist();
        }
        assertThat(clipsift("resume", tmp.resolve("nowhere").toString())).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(err.toString()).contains("no run to resume");
    }
}
