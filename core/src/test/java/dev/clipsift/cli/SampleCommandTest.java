package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {

    @Test
    void writesTheSampleFileContractAndWarnsWhenThereAreFewerFiles(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve("v" + i + ".mp4"), "x");
        }
        Path out = dir.resolve("out/sample.json");
        CliRun run = CliRun.of("sample", dir.toString(), "--nsamples", "10", "--seed", "3", "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("only 5 videos found");
        JsonNode json = Json.mapper().readTree(out.toFile());
        assertThat(json.get("seed").asLong()).isEqualTo(3);
        assertThat(json.get("nsamples").asInt()).isEqualTo(10);
        assertThat(json.get("files")).hasSize(5);
    }

    @Test
    void sameSeedSameFileDifferentSeedDifferentFile(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 40; i++) {
            Files.writeString(dir.resolve("v" + i + ".mp4"), "x");
        }
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Path c = dir.resolve("c.json");
        CliRun.of("sample", dir.toString(), "--nsamples", "10", "--seed", "11", "--out", a.toString());
        CliRun.of("sample", dir.toString(), "--nsamples", "10", "--seed", "11", "--out", b.toString());
        CliRun.of("sample", dir.toString(), "--nsamples", "10", "--seed", "12", "--out", c.toString());
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
        assertThat(Json.mapper().readTree(a.toFile()).get("files"))
                .isNotEqualTo(Json.mapper().readTree(c.toFile()).get("files"));
    }
}
