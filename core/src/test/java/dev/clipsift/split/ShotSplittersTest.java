package dev.clipsift.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.split.ShotSplitter.SplitResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShotSplittersTest {

    @Test
    void everyDetectorStartsWithPySceneDetectsDefaults() {
        assertThat(ShotSplitters.create(new SplitConfig("content", null)).parameters())
                .containsEntry("threshold", 27.0)
                .containsEntry("min_scene_len", 15)
                .containsEntry("delta_hue", 1.0)
                .containsEntry("delta_sat", 1.0)
                .containsEntry("delta_lum", 1.0)
                .containsEntry("delta_edges", 0.0)
                .containsEntry("filter_mode", "merge");
        assertThat(ShotSplitters.create(new SplitConfig("adaptive", null)).parameters())
                .containsEntry("adaptive_threshold", 3.0)
                .containsEntry("min_scene_len", 15)
                .containsEntry("window_width", 2)
                .containsEntry("min_content_val", 15.0);
        assertThat(ShotSplitters.create(new SplitConfig("threshold", null)).parameters())
                .containsEntry("threshold", 12)
                .containsEntry("min_scene_len", 15)
                .containsEntry("fade_bias", 0.0)
                .containsEntry("method", "floor")
                .containsEntry("add_final_scene", false);
    }

    @Test
    void contentIsTheAlgorithmWhenNoneIsNamed() {
        assertThat(ShotSplitters.create(new SplitConfig(null, Map.of())).name()).isEqualTo("content");
    }

    @Test
    void commandLineStringsAreParsedLikeJsonValues() {
        ShotSplitter s = ShotSplitters.create(new SplitConfig(
                "threshold",
                Map.of("threshold", "243", "method", "CEILING", "add_final_scene", "true", "min_scene_len", "0.5s")));
        assertThat(s.parameters())
                .containsEntry("threshold", 243)
                .containsEntry("method", "ceiling")
                .containsEntry("add_final_scene", true)
                .containsEntry("min_scene_len", "0.5s");
    }

    @Test
    void lumaOnlyWinsOverTheWeights() {
        assertThat(ShotSplitters.create(new SplitConfig("content", Map.of("luma_only", true, "delta_hue", 5)))
                        .parameters())
                .containsEntry("delta_hue", 0.0)
                .containsEntry("delta_sat", 0.0)
                .containsEntry("delta_lum", 1.0);
    }

    @Test
    void unknownParameterNamesAreAnErrorThatNamesTheKnownOnes() {
        assertThatThrownBy(() -> ShotSplitters.create(new SplitConfig("content", Map.of("treshold", 30))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("treshold")
                .hasMessageContaining("known: ")
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> ShotSplitters.create(new SplitConfig("fixed-stride", Map.of("threshold", 30))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stride_s");
    }

    @Test
    void badValuesAreRejectedWithTheParameterName() {
        assertThatThrownBy(() -> ShotSplitters.create(new SplitConfig("threshold", Map.of("method", "middle"))))
                .hasMessageContaining("method");
        assertThatThrownBy(() -> ShotSplitters.create(new SplitConfig("adaptive", Map.of("window_width", 0))))
                .hasMessageContaining("window_width");
        assertThatThrownBy(() -> ShotSplitters.create(new SplitConfig("content", Map.of("kernel_size", 4))))
                .hasMessageContaining("kernel_size");
        assertThatThrownBy(() -> ShotSplitters.create(new SplitConfig("content", Map.of("threshold", "high"))))
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> ShotSplitters.create(new SplitConfig("content", Map.of("min_scene_len", "soon"))))
                .hasMessageContaining("min_scene_len");
        assertThatThrownBy(() -> ShotSplitters.create(new SplitConfig("scenes", Map.of())))
                .hasMessageContaining("content")
                .hasMessageContaining("fixed-stride");
    }

    @Test
    void minSceneLenInSecondsBecomesTheSmallestFrameCountSpanningIt() {
        assertThat(MinSceneLen.from(new SplitConfig("content", Map.of("min_scene_len", "0.6s")), 15)
                        .inFrames(25))
                .isEqualTo(15);
        assertThat(MinSceneLen.from(new SplitConfig("content", Map.of("min_scene_len", 0.5)), 15)
                        .inFrames(29.97))
                .isEqualTo(15);
        assertThat(MinSceneLen.from(new SplitConfig("content", Map.of("min_scene_len", 20)), 15)
                        .inFrames(25))
                .isEqualTo(20);
        assertThat(MinSceneLen.from(new SplitConfig("content", Map.of()), 15).inFrames(60))
                .isEqualTo(15);
    }

    @Test
    void shotsFromCutsCoverEveryFrameIgnoringRepeatedAndOutOfRangeCuts() {
        SplitResult r = SplitResult.fromCuts(25, 100, List.of(70, 0, 20, 20, 100, 150));
        assertThat(r.shots()).containsExactly(new Shot(0, 19), new Shot(20, 69), new Shot(70, 99));
        assertThat(r.cuts()).containsExactly(20, 70);
    }
}
