package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.TestData;
import dev.clipsift.io.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SplitCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asInt()));
        return list;
    }

    @Test
    void jsonHasFpsFramesCutsAndInclusiveShots() throws Exception {
        int code = run("split", "--quiet", "--json", TestData.video("bikes.mp4").toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = Json.mapper().readTree(out.toString());
        assertThat(json.get("fps").asDouble()).isEqualTo(25.0);
        assertThat(json.get("frames").asInt()).isEqualTo(250);
        assertThat(ints(json.get("cuts"))).containsExactly(30, 76, 137, 187, 242);
        assertThat(ints(json.get("shots").get(0))).containsExactly(0, 29);
        assertThat(ints(json.get("shots").get(5))).containsExactly(242, 249);
        assertThat(json.get("detector").asText()).isEqualTo("content");
    }

    @Test
    void tableListsOneRowPerShotWithTimes() {
        int code = run(
                "split",
                "--quiet",
                "--detector",
                "threshold",
                "--param",
                "threshold=11",
                "--param",
                "add_final_scene=true",
                TestData.video("fades.mp4").toString());
        assertThat(code).as(err.toString()).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).contains("shot", "start", "end", "frames", "start_s", "end_s");
        assertThat(lines[1].trim().split("\\s+")).containsExactly("1", "0", "83", "84", "0.000", "3.360");
        assertThat(lines[4].trim().split("\\s+")).containsExactly("4", "245", "249", "5", "9.800", "10.000");
        assertThat(lines[5]).startsWith("4 shots, 250 frames at 25.000 fps; threshold");
    }

    @Test
    void thresholdOptionMeansAdaptiveThresholdForTheAdaptiveDetector() throws Exception {
        int code = run(
                "split",
                "--quiet",
                "--json",
                "--detector",
                "adaptive",
                "--threshold",
                "5.0",
                "--min-scene-len",
                "15",
                TestData.video("testvideo.mp4").toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = Json.mapper().readTree(out.toString());
        assertThat(ints(json.get("cuts"))).containsExactly(30, 180, 394);
        assertThat(json.get("params").get("adaptive_threshold").asDouble()).isEqualTo(5.0);
    }

    @Test
    void anUnreadableVideoExitsTwoWithOneLine(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("broken.mp4"), "garbage");
        assertThat(run("split", "--quiet", junk.toString())).isEqualTo(2);
        assertThat(err.toString().trim())
                .startsWith("clipsift: cannot read")
                .contains("broken.mp4")
                .endsWith("Invalid data found when processing input (avformat_open_input)")
                .doesNotContain("\n");
        assertThat(out.toString()).isEmpty();

        err.getBuffer().setLength(0);
        assertThat(run("split", "--quiet", dir.resolve("missing.mp4").toString()))
                .isEqualTo(2);
        assertThat(err.toString().trim())
                .isEqualTo("clipsift: cannot read " + dir.resolve("missing.mp4") + ": no such file");
    }

    @Test
    void unknownParametersAndDetectorsAreUsageErrors() {
        String video = TestData.video("bikes.mp4").toString();
        assertThat(run("split", "--param", "treshold=30", video)).isEqualTo(1);
        assertThat(err.toString()).contains("unknown parameter treshold");
        assertThat(run("split", "--detector", "magic", video)).isEqualTo(1);
        assertThat(run("split", "--detector", "fixed-stride", "--threshold", "3", video))
                .isEqualTo(1);
        assertThat(run("split", "--threshold", "30", "--param", "threshold=20", video))
                .isEqualTo(1);
        assertThat(out.toString()).isEmpty();
    }
}
