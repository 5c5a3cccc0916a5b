package dev.clipsift.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.engine.ClipFilter;
import dev.clipsift.engine.FilterMode;
import dev.clipsift.engine.FilterPolicy;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Provenance;
import dev.clipsift.model.Scores;
import dev.clipsift.model.SourceRef;
import dev.clipsift.model.Span;
import dev.clipsift.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The motion section, its filter's verdicts and reasons, and what its stage's fingerprint holds. */
class MotionFilterTest {
    static final MotionFamily FAMILY = new MotionFamily();

    static ClipRecord clip(Scores scores) {
        return ClipRecord.of(
                        "c1",
                        new SourceRef("/in/a.mp4", "a", 1280, 720, 25.0),
                        Span.ofFrames(0, 99, 25),
                        Provenance.of("CC-BY-4.0", "test"))
                .withScores(scores);
    }

    static ClipRecord scored(double globalMean, double perPatchMin) {
        return clip(Scores.NONE
                .with(MotionStage.GLOBAL_MEAN, globalMean)
                .with(MotionStage.PER_PATCH_MIN_256, perPatchMin)
                .with(MotionStage.PAIRS, 7));
    }

    static MotionConfig mode(FilterMode filter) {
        return new MotionConfig(filter, null, null, null, null, null);
    }

    @Test
    void aClipIsLowMotionWhenEitherScoreIsBelowItsThreshold() {
        ClipFilter filter = FAMILY.filters(mode(FilterMode.ENABLE)).get(0);

        assertThat(filter.name()).isEqualTo("motion");
        assertThat(filter.rule().reasons(scored(0.002, 1e-4))).isEmpty();
        assertThat(filter.rule().reasons(scored(0.0005, 1e-4))).containsExactly("motion_global_mean 0.0005 < 0.00098");
        assertThat(filter.rule().reasons(scored(0.002, 2e-7)))
                .containsExactly("motion_per_patch_min_256 2.000e-07 < 1.000e-06");
        assertThat(filter.rule().reasons(scored(0.0001, 0))).hasSize(2);
        assertThat(filter.rule().reasons(clip(Scores.NONE.with(MotionStage.PAIRS, 0))))
                .as("a clip too short to measure is unscored, not still")
                .isNull();
        assertThat(filter.rule().reasons(clip(Scores.NONE))).isNull();
    }

    @Test
    void onlyAnEnabledFilterRejectsAndDisableNeitherScoresNorFilters() {
        ClipRecord low = scored(0.0005, 1e-4);

        assertThat(new FilterPolicy(FAMILY.filters(mode(FilterMode.ENABLE)))
                        .apply(low, null)
                        .status())
                .isEqualTo(Status.filtered(List.of("motion_global_mean 0.0005 < 0.00098")));
        assertThat(new FilterPolicy(FAMILY.filters(FAMILY.defaults()))
                        .apply(low, null)
                        .status())
                .as("score-only, the default")
                .isEqualTo(Status.OK);
        assertThat(FAMILY.defaults().filter()).isEqualTo(FilterMode.SCORE_ONLY);
        assertThat(FAMILY.stages(FAMILY.defaults())).hasSize(1);
        assertThat(FAMILY.stages(mode(FilterMode.DISABLE))).isEmpty();
        assertThat(FAMILY.filters(mode(FilterMode.DISABLE))).isEmpty();
    }

    @Test
    void theSectionReadsSnakeCaseJsonFillsDefaultsAndRejectsNonsense() {
        MotionConfig c = Json.read(
                "{\"filter\": \"enable\", \"global_mean_threshold\": 0.002, \"per_patch_min_256_threshold\": 0.0,"
                        + " \"max_frames\": 10}",
                MotionConfig.class);

        assertThat(c).isEqualTo(new MotionConfig(FilterMode.ENABLE, 0.002, 0.0, 2.0, 256, 10));
        assertThat(FAMILY.defaults()).isEqualTo(new MotionConfig(FilterMode.SCORE_ONLY, 0.00098, 1e-6, 2.0, 256, 40));
        assertThatThrownBy(() -> new MotionConfig(null, -1.0, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("global_mean_threshold");
        assertThatThrownBy(() -> new MotionConfig(null, null, null, 0.0, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fps");
        assertThatThrownBy(() -> Json.read("{\"filter\": \"sometimes\"}", MotionConfig.class))
                .hasMessageContaining("score-only");
    }

    @Test
    void thresholdsAndModeStayOutOfTheFingerprintAndTheFramesDoNot() {
        String base = new MotionStage(FAMILY.defaults()).fingerprint();

        assertThat(new MotionStage(new MotionConfig(FilterMode.ENABLE, 0.01, 0.001, null, null, null)).fingerprint())
                .isEqualTo(base);
        assertThat(new MotionStage(new MotionConfig(null, null, null, 1.0, null, null)).fingerprint())
                .isNotEqualTo(base);
        assertThat(new MotionStage(new MotionConfig(null, null, null, null, 128, null)).fingerprint())
                .isNotEqualTo(base);
        assertThat(new MotionStage(FAMILY.defaults()).describe())
                .containsEntry("fps", 2.0)
                .containsEntry("max_side", 256)
                .containsEntry("max_frames", 40);
    }
}
