package dev.clipsift.aesthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FilterMode;
import dev.clipsift.engine.FilterPolicy;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Scores;
import dev.clipsift.model.SourceRef;
import dev.clipsift.model.Span;
import dev.clipsift.model.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The aesthetic section, its filter and its command-line options, without a run. */
class AestheticFamilyTest {
    final AestheticFamily family = new AestheticFamily();

    @TempDir
    Path tmp;

    static AestheticConfig read(String json) throws Exception {
        return Json.mapper()
                .readerFor(AestheticConfig.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(json);
    }

    AestheticConfig parsed(ObjectNode section, String... args) throws Exception {
        AestheticFamily.Options options = (AestheticFamily.Options) family.options();
        new CommandLine(options).parseArgs(args);
        options.applyTo(section);
        return read(section.toString());
    }

    @Test
    void offUntilAModelIsGivenThenScoreOnlyUnlessToldOtherwise() throws Exception {
        assertThat(family.defaults().filter()).isEqualTo(FilterMode.DISABLE);
        assertThat(family.stages(family.defaults())).isEmpty();
        assertThat(family.filters(family.defaults())).isEmpty();

        AestheticConfig modelOnly = parsed(Json.mapper().createObjectNode(), "--aesthetic-model", "m.onnx");
        assertThat(modelOnly.filter()).isEqualTo(FilterMode.SCORE_ONLY);
        assertThat(modelOnly.reduction()).isEqualTo(Reduction.MIN);
        assertThat(modelOnly.threshold()).isEqualTo(3.5);
        assertThat(parsed(Json.mapper().createObjectNode().put("filter", "disable"), "--aesthetic-model", "m.onnx")
                        .filter())
                .as("a model on the command line turns a section's 'disable' into score-only")
                .isEqualTo(FilterMode.SCORE_ONLY);

        AestheticConfig all = parsed(
                Json.mapper().createObjectNode(),
                "--aesthetic-filter",
                "enable",
                "--aesthetic-model",
                "enc.onnx",
                "--aesthetic-head",
                "head.onnx",
                "--aesthetic-threshold",
                "4.5",
                "--aesthetic-reduction",
                "mean");
        assertThat(all)
                .isEqualTo(new AestheticConfig(FilterMode.ENABLE, "enc.onnx", "head.onnx", 4.5, Reduction.MEAN, 1.0));

        assertThatThrownBy(() -> parsed(Json.mapper().createObjectNode(), "--aesthetic-filter", "enable"))
                .hasMessageContaining("needs aesthetic.model");
        assertThatThrownBy(() -> read("{\"model\": \"m.onnx\", \"reduction\": \"median\"}"))
                .hasMessageContaining("'median' is not a reduction");
        assertThatThrownBy(() -> read("{\"head\": \"h.onnx\"}")).hasMessageContaining("without aesthetic.model");
    }

    @Test
    void anEnabledFilterRejectsClipsBelowTheThresholdWhichNeverChangesTheFingerprint() throws Exception {
        Path model = TinyOnnx.imageModel(tmp.resolve("m.onnx"), 224, new float[] {1, 1, 1}, new float[] {5}, false);
        AestheticConfig enabled = new AestheticConfig(FilterMode.ENABLE, model.toString(), null, 4.0, null, null);
        FilterPolicy policy = new FilterPolicy(family.filters(enabled));
        ClipRecord clip = ClipRecord.of("c", new SourceRef("a.mp4", "v", 64, 36, 25.0), Span.ofFrames(0, 49, 25), null);

        ClipRecord low = policy.apply(clip.withScores(Scores.NONE.with("aesthetic", 3.2)), null);
        assertThat(low.status().reasons()).containsExactly("aesthetic 3.2 < 4");
        assertThat(policy.apply(clip.withScores(Scores.NONE.with("aesthetic", 6.0)), null)
                        .status())
                .isEqualTo(Status.OK);

        String scoreOnly = fingerprint(new AestheticConfig(null, model.toString(), null, null, null, null));
        assertThat(fingerprint(enabled)).isEqualTo(scoreOnly);
        assertThat(fingerprint(new AestheticConfig(null, model.toString(), null, null, Reduction.MEAN, null)))
                .isNotEqualTo(scoreOnly);
    }

    String fingerprint(AestheticConfig c) {
        ClipStage s = family.stages(c).get(0);
        return s.fingerprint();
    }
}
