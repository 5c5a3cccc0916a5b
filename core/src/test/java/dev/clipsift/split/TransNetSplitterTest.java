package dev.clipsift.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransNetSplitterTest {
    @TempDir
    static Path dir;

    static Path model;
    static Path video;
    private static final Set<Integer> BRIGHT = Set.of(40, 41, 97);

    @BeforeAll
    static void writeModelAndVideo() throws Exception {
        model = TinyOnnxModel.write(dir.resolve("tiny transnet.onnx"));
        // dark frames, with bright flashes the tiny model reads as transitions
        video = SyntheticVideo.write(dir.resolve("flashes.mp4"), 160, 90, 25, 130, (i, bgr, w, h) -> {
            if (BRIGHT.contains(i)) {
                Arrays.fill(bgr, (byte) 230);
            } else {
                SyntheticVideo.paintShot(i < 70 ? 0 : 1, i, bgr, w, 0, h, 0.4);
            }
        });
    }

    @Test
    void aNewShotStartsAfterEachRunOfTransitionFrames() throws Exception {
        ShotSplitter s = ShotSplitters.create(new SplitConfig("transnetv2", Map.of("model", model.toString())));
        ShotSplitter.SplitResult r = s.split(video, () -> false);
        assertThat(r.frames()).isEqualTo(130);
        assertThat(r.cuts()).containsExactly(42, 98);
        assertThat(s.parameters()).containsEntry("threshold", 0.4).containsEntry("apply_sigmoid", true);
    }

    @Test
    void withoutTheSigmoidTheModelsOutputsAreComparedAsTheyAre() throws Exception {
        // the tiny model's logit for a flash is (230 - 128) / 8 = 12.75
        Map<String, Object> raw = Map.of("model", model.toString(), "apply_sigmoid", false);
        assertThat(split(raw, 12.0)).containsExactly(42, 98);
        assertThat(split(raw, 13.0)).isEmpty();
    }

    private static java.util.List<Integer> split(Map<String, Object> params, double threshold) throws Exception {
        Map<String, Object> p = new java.util.HashMap<>(params);
        p.put("threshold", threshold);
        return ShotSplitters.create(new SplitConfig("transnetv2", p))
                .split(video, () -> false)
                .cuts();
    }

    @Test
    void theModelIsRequiredAndMustExist() throws Exception {
        assertThatThrownBy(() -> ShotSplitters.create(new SplitConfig("transnetv2", Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model=");
        assertThatThrownBy(() -> ShotSplitters.create(new SplitConfig(
                        "transnetv2", Map.of("model", dir.resolve("none.onnx").toString()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none.onnx");
        assertThatThrownBy(() -> ShotSplitters.create(
                        new SplitConfig("transnetv2", Map.of("model", model.toString(), "treshold", 1))))
                .hasMessageContaining("treshold");
    }

    @Test
    void theSingleFrameOutputCanBeNamedAndAWrongNameIsReported() throws Exception {
        assertThat(split(Map.of("model", model.toString(), "output", "logits"), 0.4))
                .containsExactly(42, 98);
        assertThatThrownBy(() -> split(Map.of("model", model.toString(), "output", "many_hot"), 0.4))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("many_hot")
                .hasMessageContaining("logits");
    }

    @Test
    void aFileThatIsNotAModelFailsTheSplitWithAnIOException() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.onnx"), "not a model");
        ShotSplitter s = ShotSplitters.create(new SplitConfig("transnetv2", Map.of("model", junk.toString())));
        assertThatThrownBy(() -> s.split(video, () -> false))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("junk.onnx");
    }
}
