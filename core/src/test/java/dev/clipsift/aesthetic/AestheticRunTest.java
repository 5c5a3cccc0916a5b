package dev.clipsift.aesthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.RunRecords;
import dev.clipsift.TestData;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.run.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aesthetic family end to end with a tiny real ONNX model (score = 5 + the mean of the normalised colour
 * planes): every clip of bikes.mp4 gets {@code aesthetic}; switching the reduction to mean decodes each clip
 * span once more, for this stage, and no clip's mean is below its min; a model of the wrong shape stops the run
 * before it writes a clip.
 */
class AestheticRunTest {
    @TempDir
    Path tmp;

    static Map<String, ClipRecord> clips(Path out) throws Exception {
        Map<String, ClipRecord> all = new HashMap<>();
        RunRecords.clips(out).forEach(c -> all.put(c.id(), c));
        return all;
    }

    @Test
    void scoresEveryClipAndANewReductionRedoesOnlyThisStage() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(TestData.video("bikes.mp4"), input.resolve("bikes.mp4"));
        Path model = TinyOnnx.imageModel(tmp.resolve("m.onnx"), 224, new float[] {1, 1, 1}, new float[] {5}, false);
        Path out = tmp.resolve("out");

        RunSummary first = RunRecords.run(
                out,
                RunRecords.shots(input)
                        .withFamily("aesthetic", new AestheticConfig(null, model.toString(), null, null, null, null)));

        assertThat(first.clips()).isEqualTo(5);
        Map<String, ClipRecord> min = clips(out);
        assertThat(min.values()).hasSize(5).allSatisfy(c -> {
            assertThat(c.stages()).containsKeys("aesthetic", "quality");
            assertThat(c.scores().get("aesthetic")).isBetween(-1.0, 11.0);
        });

        RunSummary second = RunRecords.run(
                out,
                RunRecords.shots(input)
                        .withFamily(
                                "aesthetic",
                                new AestheticConfig(null, model.toString(), null, null, Reduction.MEAN, null)));

        assertThat(second.session().decodedFrames().split()).isZero();
        assertThat(second.session().decodedFrames().clipSpans())
                .as("each clip span decoded once more, for this stage alone")
                .isEqualTo(
                        min.values().stream().mapToLong(c -> c.span().frames()).sum());
        Map<String, ClipRecord> mean = clips(out);
        assertThat(mean).allSatisfy((id, c) -> {
            assertThat(c.scores().get("aesthetic"))
                    .isGreaterThanOrEqualTo(min.get(id).scores().get("aesthetic") - 1e-6);
        });
        assertThat(mean.keySet())
                .as("bikes.mp4's shots change over time: somewhere mean and min differ")
                .anySatisfy(id -> assertThat(mean.get(id).scores().get("aesthetic"))
                        .isGreaterThan(min.get(id).scores().get("aesthetic") + 0.01));
    }

    @Test
    void aModelOfTheWrongShapeStopsTheRunBeforeItWritesAClip() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(TestData.video("bikes.mp4"), input.resolve("bikes.mp4"));
        Path wrong = TinyOnnx.imageModel(tmp.resolve("w.onnx"), 256, new float[] {1, 1, 1}, new float[] {5}, false);
        Path out = tmp.resolve("out");

        assertThatThrownBy(() -> RunRecords.run(
                        out,
                        RunRecords.shots(input)
                                .withFamily(
                                        "aesthetic",
                                        new AestheticConfig(null, wrong.toString(), null, null, null, null))))
                .hasMessageContaining(wrong.toString())
                .hasMessageContaining("expected [N,3,224,224]");
        assertThat(out.resolve("clips")).doesNotExist();
    }
}
