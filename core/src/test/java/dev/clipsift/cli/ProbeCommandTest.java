package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.TestData;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeCommandTest {

    @Test
    void jsonListsGoodFilesWithMetadataAndBrokenOnesWithReasonsAndExitsTwo(@TempDir Path dir) throws IOException {
        Files.copy(TestData.video("bikes.mp4"), dir.resolve("bikes.mp4"));
        Files.copy(
                TestData.video("fades.mp4"),
                Files.createDirectories(dir.resolve("sub dir")).resolve("fades.mp4"));
        Files.createFile(dir.resolve("empty.mov"));
        Files.writeString(dir.resolve("text.mkv"), "hello");
        CliRun run = CliRun.of("probe", "--json", "--no-cache", "-q", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode arr = Json.mapper().readTree(run.out());
        assertThat(arr.isArray()).isTrue();
        Map<String, JsonNode> byName = new HashMap<>();
        arr.forEach(
                n -> byName.put(Path.of(n.get("path").asText()).getFileName().toString(), n));
        assertThat(byName).containsOnlyKeys("bikes.mp4", "fades.mp4", "empty.mov", "text.mkv");
        JsonNode bikes = byName.get("bikes.mp4");
        assertThat(bikes.get("ok").asBoolean()).isTrue();
        assertThat(bikes.get("codec").asText()).isEqualTo("h264");
        assertThat(bikes.get("width").asInt()).isEqualTo(640);
        assertThat(bikes.get("height").asInt()).isEqualTo(272);
        assertThat(bikes.get("fps").isNumber()).isTrue();
        assertThat(bikes.get("fps").asDouble()).isEqualTo(25.0);
        assertThat(bikes.get("duration_s").asDouble()).isEqualTo(10.0);
        assertThat(bikes.get("frames").asLong()).isEqualTo(250);
        assertThat(byName.get("fades.mp4").get("codec").asText()).isEqualTo("mpeg4");
        for (String bad : new String[] {"empty.mov", "text.mkv"}) {
            assertThat(byName.get(bad).get("ok").asBoolean()).isFalse();
            assertThat(byName.get(bad).get("error").asText()).isNotBlank();
        }
    }

    @Test
    void allGoodExitsZeroAndPrintsATable() {
        CliRun run = CliRun.of(
                "probe", "--no-cache", "-q", TestData.video("bikes.mp4").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("FILE")
                .contains("bikes.mp4")
                .contains("640x272")
                .contains("h264");
    }

    @Test
    void usageErrorsExitOne() {
        assertThat(CliRun.of("probe").exitCode()).isEqualTo(1);
        assertThat(CliRun.of("probe", "--bogus", "x").exitCode()).isEqualTo(1);
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(1);
    }

    @Test
    void aMissingFolderIsAnErrorNotAStackTrace() {
        CliRun run = CliRun.of("probe", "--no-cache", "/nonexistent/folder");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no such file or folder").doesNotContain("Exception");
    }

    @Test
    void everyCommandHasHelpAndTheToolHasAVersion() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("clipsift ");
        for (String cmd : Main.commandLine().getSubcommands().keySet()) {
            CliRun help = CliRun.of(cmd, "--help");
            assertThat(help.exitCode()).as(cmd).isZero();
            assertThat(help.out()).as(cmd).contains("Usage: clipsift " + cmd);
        }
    }
}
