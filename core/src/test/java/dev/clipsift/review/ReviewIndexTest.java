package dev.clipsift.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.embed.EmbeddingParts;
import dev.clipsift.model.Caption;
import dev.clipsift.model.Captions;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Scores;
import dev.clipsift.model.SourceRef;
import dev.clipsift.model.Span;
import dev.clipsift.model.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Filters, sorts, histograms, search and similarity over a run's records. */
class ReviewIndexTest {
    static ClipRecord clip(String id, Map<String, Double> scores, Status status, String caption) {
        ClipRecord c = ClipRecord.of(id, new SourceRef("in/v.mp4", "v", 640, 360, 25.0), new Span(0, 2, 0, 49), null)
                .withScores(new Scores(scores))
                .withStatus(status);
        if (caption == null) {
            return c;
        }
        Caption.Window w = new Caption.Window(0, 49, 4, caption, 10, 5);
        return c.withCaptions(new Captions(List.of(new Caption(
                "v0", Caption.State.OK, caption, "vlm", "p", "2026-01-01T00:00:00Z", 10, 5, List.of(w), null, null))));
    }

    private final List<ClipRecord> clips = List.of(
            clip("a", Map.of("quality", 2.0, "motion", 0.1), Status.OK, "A red car drives by"),
            clip("b", Map.of("quality", 8.0, "motion", 0.5), Status.filtered(List.of("motion 0.5 > 0.4")), "A dog"),
            clip("c", Map.of("quality", 5.0), Status.duplicate("a"), "A red car again"),
            clip("d", Map.of("quality", 9.5, "motion", 0.2), Status.OK, null));

    private final ReviewState state = new ReviewState();
    private final ReviewIndex index = ReviewIndex.of(clips, state);

    private List<String> ids(int[] rows) {
        return Arrays.stream(rows).mapToObj(index::id).toList();
    }

    @Test
    void rangesViewsTagsAndTextNarrowTheClipsAndTheOverridesMoveThemBetweenViews() {
        ReviewQuery q = ReviewQuery.all();
        assertThat(index.scores()).containsExactly("motion", "quality");
        assertThat(ids(index.filter(q.withRange("quality", new ReviewQuery.Range(4, 9)))))
                .containsExactly("b", "c");
        assertThat(ids(index.filter(q.withRange("motion", new ReviewQuery.Range(0, 1)))))
                .as("a clip without the score is outside a narrowed range")
                .containsExactly("a", "b", "d");
        assertThat(ids(index.filter(q.withView(ReviewQuery.View.KEPT)))).containsExactly("a", "d");
        assertThat(ids(index.filter(q.withView(ReviewQuery.View.REJECTED)))).containsExactly("b");
        assertThat(ids(index.filter(q.withView(ReviewQuery.View.DUPLICATE)))).containsExactly("c");
        assertThat(ids(index.filter(q.withText("RED CAR")))).containsExactly("a", "c");

        state.apply(ReviewEntry.decision(ReviewEntry.Action.REJECT, "a", "ana", "blurry"));
        state.apply(ReviewEntry.decision(ReviewEntry.Action.KEEP, "b", "ana", null));
        state.apply(ReviewEntry.tag("d", "ana", "night", true));
        index.decided("a");
        index.decided("b");

        assertThat(ids(index.filter(q.withView(ReviewQuery.View.KEPT)))).containsExactly("b", "d");
        assertThat(ids(index.filter(q.withView(ReviewQuery.View.REJECTED)))).containsExactly("a");
        assertThat(index.reasons(0)).containsExactly("rejected by ana: blurry");
        assertThat(index.reasons(1)).containsExactly("kept by ana");
        assertThat(ids(index.filter(q.withTag("night")))).containsExactly("d");
    }

    @Test
    void sortingPutsClipsWithoutTheScoreLastEitherWay() {
        assertThat(ids(index.filter(ReviewQuery.all().sortedBy("motion", false))))
                .containsExactly("a", "d", "b", "c");
        assertThat(ids(index.filter(ReviewQuery.all().sortedBy("motion", true))))
                .containsExactly("b", "d", "a", "c");
        assertThat(ids(index.filter(ReviewQuery.all().sortedBy("quality", true))))
                .containsExactly("d", "b", "c", "a");
        assertThatThrownBy(() -> index.filter(ReviewQuery.all().sortedBy("aesthetic", true)))
                .hasMessageContaining("aesthetic");
    }

    @Test
    void histogramsCountTheChosenRowsInEqualBinsBetweenTheRunsMinAndMax() {
        assertThat(index.min("quality")).isEqualTo(2f);
        assertThat(index.max("quality")).isEqualTo(9.5f);
        assertThat(index.histogram("quality", 3, index.allRows())).containsExactly(1, 1, 2);
        assertThat(index.histogram("quality", 3, new int[] {0, 3})).containsExactly(1, 0, 1);
        assertThat(index.histogram("motion", 2, index.allRows())).containsExactly(2, 1);
    }

    @Test
    void anEditedCaptionIsWhatSearchFindsAndItsHistoryNamesWhoMadeEachVersion() {
        ReviewEntry edit = ReviewEntry.caption("b", "ana", 0, "A brown horse", "A dog");
        state.apply(edit);
        index.captionChanged("b", CaptionHistory.current(clips.get(1).captions(), state.edits("b")));

        assertThat(ids(index.filter(ReviewQuery.all().withText("horse")))).containsExactly("b");
        assertThat(ids(index.filter(ReviewQuery.all().withText("dog")))).isEmpty();
        List<CaptionHistory.Version> h = CaptionHistory.of(clips.get(1).captions(), state.edits("b"));
        assertThat(h).extracting(CaptionHistory.Version::label).containsExactly("v0", "edit 1");
        assertThat(h).extracting(CaptionHistory.Version::by).containsExactly("vlm", "ana");
        Caption reviewed = CaptionHistory.reviewed(clips.get(1).captions(), state.edits("b"));
        assertThat(reviewed).isNotNull();
        assertThat(reviewed.text()).isEqualTo("A brown horse");
        assertThat(reviewed.windows()).singleElement().satisfies(w -> assertThat(w.endFrame())
                .isEqualTo(49));
        assertThat(reviewed.model()).isEqualTo("review by ana");
    }

    @Test
    void similarClipsAreTheNearestByCosineAndTheMapSeparatesTwoClustersTheSameWayEachTime() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        List<ClipRecord> many = new ArrayList<>();
        int dim = 16;
        for (int i = 0; i < 40; i++) {
            float[] v = new float[dim];
            for (int d = 0; d < dim; d++) {
                v[d] = (float) (random.nextGaussian() * 0.05);
            }
            v[i < 20 ? 0 : 1] += 1;
            many.add(clip("e" + i, Map.of("quality", (double) i), Status.OK, null)
                    .withEmbedding(EmbeddingParts.pending("test", v)));
        }
        ReviewVectors vectors = ReviewVectors.load(java.nio.file.Path.of("."), many);
        assertThat(vectors).isNotNull();

        assertThat(Arrays.stream(vectors.similar(3, 5)).boxed().toList())
                .hasSize(5)
                .allSatisfy(r -> assertThat(r).isLessThan(20).isNotEqualTo(3));
        assertThat(Arrays.stream(vectors.similar(30, 19)).boxed().toList())
                .hasSize(19)
                .allSatisfy(r -> assertThat(r).isGreaterThanOrEqualTo(20));

        float[] map = vectors.map(42);
        assertThat(vectors.map(42)).containsExactly(map);
        double meanA = 0;
        double meanB = 0;
        for (int i = 0; i < 40; i++) {
            if (i < 20) {
                meanA += map[2 * i] / 20;
            } else {
                meanB += map[2 * i] / 20;
            }
        }
        double spread = 0;
        for (int i = 0; i < 40; i++) {
            spread = Math.max(spread, Math.abs(map[2 * i] - (i < 20 ? meanA : meanB)));
        }
        assertThat(Math.abs(meanA - meanB))
                .as("the first axis splits the clusters")
                .isGreaterThan(4 * spread);
    }
}
