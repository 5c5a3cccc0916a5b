package dev.clipsift.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.cli.Main;
import dev.clipsift.engine.FilterMode;
import dev.clipsift.io.Json;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code --text-*} options of {@code clipsift run} lay only what was given over the {@code text} section. */
class TextOptionsTest {
    @Command(name = "t")
    static final class Cmd {
        @Mixin
        TextFamily.Options text = new TextFamily.Options();
    }

    static ObjectNode apply(ObjectNode section, String... args) {
        Cmd cmd = new Cmd();
        new CommandLine(cmd).parseArgs(args);
        cmd.text.applyTo(section);
        return section;
    }

    static TextConfig read(ObjectNode section) throws Exception {
        return Json.mapper()
                .readerFor(TextConfig.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(section);
    }

    @Test
    void givenOptionsOverrideTheSectionAndOthersLeaveItAlone() throws Exception {
        ObjectNode fromFile =
                Json.mapper().createObjectNode().put("min_frames", 4).put("max_area", 0.5);

        TextConfig c = read(apply(
                fromFile,
                "--text-filter",
                "enable",
                "--text-max-area",
                "0.2",
                "--text-stability-iou",
                "0.85",
                "--text-fps",
                "1",
                "--text-max-side",
                "960",
                "--text-max-frames",
                "4",
                "--text-corner-margin",
                "0",
                "--text-model-dir",
                "/models/ppocr"));

        assertThat(c.filter()).isEqualTo(FilterMode.ENABLE);
        assertThat(c.maxArea()).isEqualTo(0.2);
        assertThat(c.stabilityIou()).isEqualTo(0.85);
        assertThat(c.fps()).isEqualTo(1.0);
        assertThat(c.maxSide()).isEqualTo(960);
        assertThat(c.maxFrames()).isEqualTo(4);
        assertThat(c.cornerMargin()).isZero();
        assertThat(c.modelDir()).isEqualTo("/models/ppocr");
        assertThat(c.minFrames()).as("from the file").isEqualTo(4);

        assertThat(apply(Json.mapper().createObjectNode(), "--text-filter", "score-only", "--text-min-frames", "5"))
                .hasToString("{\"filter\":\"score-only\",\"min_frames\":5}");
        assertThat(apply(Json.mapper().createObjectNode())).isEmpty();
        assertThatThrownBy(() -> apply(Json.mapper().createObjectNode(), "--text-filter", "sometimes"))
                .hasMessageContaining("score-only");
    }

    @Test
    void runListsTheOptions() {
        String help = Main.commandLine().getSubcommands().get("run").getUsageMessage();
        assertThat(help).contains("--text-filter", "--text-stability-iou", "--text-min-frames", "--text-max-area");
    }
}
