package dev.clipsift.caption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.model.Caption;
import dev.clipsift.model.Captions;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Scores;
import dev.clipsift.model.SourceRef;
import dev.clipsift.model.Span;
import dev.clipsift.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --where}: clauses over status, caption state, id and scores, joined by 'and'. */
class ClipSelectionTest {
    static ClipRecord clip(String id, double quality, Status status, Caption.State caption) {
        ClipRecord r = ClipRecord.of(id, new SourceRef("v.mp4", "v", 640, 360, 25.0), Span.ofFrames(0, 49, 25), null)
                .withScores(Scores.NONE.with("quality", quality))
                .withStatus(status);
        return caption == null
                ? r
                : r.withCaptions(new Captions(List.of(new Caption("v0", caption, null, "m", "p", null, null, null))));
    }

    @Test
    void clausesOverStatusCaptionIdAndScoresAllHaveToHold() {
        ClipRecord low = clip("a", 3.0, Status.OK, Caption.State.OK);
        ClipRecord high = clip("b", 8.0, Status.OK, Caption.State.FAILED);
        ClipRecord filtered = clip("c", 2.0, Status.filtered(List.of("x")), null);

        assertThat(List.of(low, high, filtered).stream()
                        .filter(ClipSelection.parse("quality < 5"))
                        .map(ClipRecord::id))
                .containsExactly("a", "c");
        assertThat(List.of(low, high, filtered).stream()
                        .filter(ClipSelection.parse("status = ok AND quality<=3"))
                        .map(ClipRecord::id))
                .containsExactly("a");
        assertThat(List.of(low, high, filtered).stream()
                        .filter(ClipSelection.parse("caption = failed"))
                        .map(ClipRecord::id))
                .containsExactly("b");
        assertThat(List.of(low, high, filtered).stream()
                        .filter(ClipSelection.parse("caption = none"))
                        .map(ClipRecord::id))
                .containsExactly("c");
        assertThat(List.of(low, high, filtered).stream()
                        .filter(ClipSelection.parse("id != b"))
                        .map(ClipRecord::id))
                .containsExactly("a", "c");
        assertThat(ClipSelection.parse("motion_global_mean > 0").test(low))
                .as("no such score: no match")
                .isFalse();
    }

    @Test
    void anExpressionItCannotReadIsAClearError() {
        assertThatThrownBy(() -> ClipSelection.parse("quality is low"))
                .hasMessageContaining("cannot read 'quality is low'");
        assertThatThrownBy(() -> ClipSelection.parse("status < ok")).hasMessageContaining("take = or != only");
        assertThatThrownBy(() -> ClipSelection.parse("quality < high")).hasMessageContaining("compared with a number");
    }
}
