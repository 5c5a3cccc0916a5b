package dev.clipsift.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Scores;
import dev.clipsift.model.SourceRef;
import dev.clipsift.model.Span;
import dev.clipsift.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterPolicyTest {
    static ClipRecord clip(double motion) {
        return ClipRecord.of("c", new SourceRef("in/v.mp4", "v", 640, 360, 25.0), new Span(0, 2, 0, 49), null)
                .withScores(Scores.NONE.with("motion_global_mean", motion));
    }

    static ClipFilter motion(FilterMode mode) {
        return new ClipFilter("motion", mode, c -> ClipFilter.below(c, "motion_global_mean", 0.00098));
    }

    @Test
    void anEnabledFilterMarksClipsBelowItsThresholdWithTheReasonAndNeverDropsThem() {
        FilterPolicy policy = new FilterPolicy(List.of(motion(FilterMode.ENABLE)));

        ClipRecord low = policy.apply(clip(0.00012), null);
        ClipRecord high = policy.apply(clip(0.004), null);

        assertThat(low.status().state()).isEqualTo(Status.State.FILTERED);
        assertThat(low.status().reasons()).containsExactly("motion_global_mean 0.00012 < 0.00098");
        assertThat(low.valid()).as("filtered is not failed").isTrue();
        assertThat(high.status()).isEqualTo(Status.OK);
    }

    @Test
    void aLooserThresholdGivesAFilteredClipItsOkBackButFailuresAndDuplicatesKeepTheirStatus() {
        ClipRecord filtered = new FilterPolicy(List.of(motion(FilterMode.ENABLE))).apply(clip(0.0001), null);
        FilterPolicy loose = new FilterPolicy(List.of(
                new ClipFilter("motion", FilterMode.ENABLE, c -> ClipFilter.below(c, "motion_global_mean", 0.00001))));

        assertThat(loose.apply(filtered, null).status()).isEqualTo(Status.OK);
        ClipRecord failed = clip(0.0001).withError("transcode.failed", "boom");
        assertThat(loose.apply(failed, null).status().state()).isEqualTo(Status.State.FAILED);
        ClipRecord dup = clip(0.0001).withStatus(Status.duplicate("other"));
        assertThat(new FilterPolicy(List.of(motion(FilterMode.ENABLE)))
                        .apply(dup, null)
                        .status())
                .isEqualTo(dup.status());
    }

    @Test
    void scoreOnlyFiltersAreCountedButRejectNothingAndUnscoredClipsAreCountedApart() {
        FilterTally tally = new FilterTally();
        FilterPolicy policy = new FilterPolicy(List.of(motion(FilterMode.SCORE_ONLY)));
        ClipRecord unscored =
                ClipRecord.of("u", new SourceRef("in/v.mp4", "v", 640, 360, 25.0), new Span(0, 2, 0, 49), null);

        assertThat(policy.apply(clip(0.0001), tally).status()).isEqualTo(Status.OK);
        policy.apply(clip(0.01), tally);
        policy.apply(clip(0.02), tally);
        policy.apply(unscored, tally);

        assertThat(tally.snapshot()).containsEntry("motion", new FilterTally.Counts("score-only", 3, 2, 1, 1));
    }

    @Test
    void reasonsFromSeveralEnabledFiltersAddUp() {
        ClipFilter quality =
                new ClipFilter("quality", FilterMode.ENABLE, c -> ClipFilter.above(c, "motion_global_mean", 1e-6));
        ClipRecord r = new FilterPolicy(List.of(motion(FilterMode.ENABLE), quality)).apply(clip(0.0005), null);

        assertThat(r.status().reasons())
                .containsExactly("motion_global_mean 0.0005 < 0.00098", "motion_global_mean 0.0005 > 1.000e-06");
    }

    @Test
    void filterModesReadAsCosmosCurateWritesThem() {
        assertThat(FilterMode.parse("score-only")).isEqualTo(FilterMode.SCORE_ONLY);
        assertThat(FilterMode.parse("Enable")).isEqualTo(FilterMode.ENABLE);
        assertThat(FilterMode.SCORE_ONLY.text()).isEqualTo("score-only");
        assertThatThrownBy(() -> FilterMode.parse("on")).hasMessageContaining("disable, score-only, enable");
    }

    @Test
    void aCappedNeedSpreadsItsFramesEvenlyOverALongClip() {
        FrameNeed need = new FrameNeed(2, 256, 4);
        long taken = java.util.stream.IntStream.range(0, 1000)
                .filter(k -> need.wants(k, 1000, 25))
                .count();
        assertThat(taken).isEqualTo(4);
        FrameNeed uncapped = new FrameNeed(2, 256);
        assertThat(java.util.stream.IntStream.range(0, 100)
                        .filter(k -> uncapped.wants(k, 100, 25))
                        .count())
                .isEqualTo(8);
    }
}
