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

/** {@code --crop-black-bars} / {@code --no-crop-black-bars} set {@code transcode.crop_black_bars} over the config file. */
class CropBlackBarsOptionTest {
    @TempDir
    Path tmp;

    boolean saved(Path out) throws Exception {
        JsonNode manifest = Json.mapper().readTree(out.resolve("config.json").toFile());
        return manifest.path("config").path("transcode").path("crop_black_bars").asBoolean();
    }

    @Test
    void theFlagAndItsNegationOverrideTheConfigFile() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        SyntheticVideo.write(in.resolve("a.mp4"), 50, 25, List.of(), false);
        Path off = tmp.resolve("off.json");
        Files.writeString(off, "{\"transcode\": {\"crop_black_bars\": false}}");

        CliRun byDefault = CliRun.of(
                "run", "--input", in.toString(), "--output", tmp.resolve("o1").toString(), "-q");
        CliRun no = CliRun.of(
                "run",
                "--input",
                in.toString(),
                "--output",
                tmp.resolve("o2").toString(),
                "--no-crop-black-bars",
                "-q");
        CliRun yes = CliRun.of(
                "run",
                "--config",
                off.toString(),
                "--input",
                in.toString(),
                "--output",
                tmp.resolve("o3").toString(),
                "--crop-black-bars",
                "-q");

        assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
        assertThat(no.exitCode()).as(no.err()).isZero();
        assertThat(yes.exitCode()).as(yes.err()).isZero();
        assertThat(saved(tmp.resolve("o1"))).isTrue();
        assertThat(saved(tmp.resolve("o2"))).isFalse();
        assertThat(saved(tmp.resolve("o3"))).isTrue();
    }
}
