package dev.clipsift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.io.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clip record as Python readers see it: snake_case groups, a derived status and valid, and a lossless read-back. */
class ClipRecordJsonTest {
    private static ClipRecord clip() {
        return ClipRecord.of(
                "c1",
                new SourceRef("s3://b/raw/a.mp4", "v1", 1280, 720, 25.0),
                Span.ofFrames(50, 149, 25),
                Provenance.of("CC-BY-4.0", "crawl 2024"));
    }

    @Test
    void laterFamiliesGroupsRoundTripAsSnakeCaseJson() throws Exception {
        ClipRecord r = clip().withScores(Scores.NONE.with("aesthetic", 4.5).with("motion_global_mean", 0.002))
                .withCaptions(new Captions(List.of())
                        .with(new Caption("v0", Caption.State.PENDING, null, "qwen", "default", null, null, null))
                        .with(new Caption(
                                "v0",
                                Caption.State.OK,
                                "a dog runs",
                                "qwen",
                                "default",
                                "2026-11-29T00:00:00Z",
                                812,
                                40)))
                .withEmbedding(new EmbeddingRef("builtin-v1", 256, "embeddings/part-0.f16", 7))
                .withStatus(Status.filtered(List.of("aesthetic < 5.0")))
                .withStage("transcode", "abc");

        JsonNode n = Json.mapper().readTree(Json.write(r));

        assertThat(n.path("schema_version").asInt()).isEqualTo(Schema.VERSION);
        assertThat(n.path("source").path("video_id").asText()).isEqualTo("v1");
        assertThat(n.path("span").path("start_frame").asInt()).isEqualTo(50);
        assertThat(n.path("span").path("end_s").asDouble()).isEqualTo(6.0);
        assertThat(n.path("scores").path("motion_global_mean").asDouble()).isEqualTo(0.002);
        assertThat(n.path("captions").get(0).path("state").asText()).isEqualTo("ok");
        assertThat(n.path("captions").size())
                .as("the pending version was replaced, not kept")
                .isEqualTo(1);
        assertThat(n.path("status").path("state").asText()).isEqualTo("filtered");
        assertThat(n.path("valid").asBoolean())
                .as("filtered is a decision, not a failure")
                .isTrue();
        assertThat(n.has("errors")).isFalse();
        assertThat(n.has("dedup")).isFalse();
        assertThat(Json.read(Json.write(r), ClipRecord.class)).isEqualTo(r);
    }

    @Test
    void errorsMakeTheClipFailedWhateverTheFileSays() throws Exception {
        ClipRecord failed =
                clip().withStatus(Status.duplicate("c0")).withError("transcode.frame_count", "wrote 99 of 100");

        assertThat(failed.valid()).isFalse();
        assertThat(failed.status()).isEqualTo(new Status(Status.State.FAILED, List.of("transcode.frame_count")));
        ObjectNode edited = (ObjectNode) Json.mapper().readTree(Json.write(failed));
        edited.put("valid", true);
        ClipRecord read = Json.mapper().treeToValue(edited, ClipRecord.class);
        assertThat(read.valid()).as("valid is derived from errors, never read").isFalse();
        assertThat(read.withoutStage("transcode").status())
                .as("clearing the stage's errors clears the failure")
                .isEqualTo(Status.OK);
    }

    @Test
    void aCaptionVersionIsNeverWrittenOver() {
        Captions done = new Captions(List.of(new Caption("v0", Caption.State.OK, "text", "m", "p", null, null, null)));

        assertThatThrownBy(() -> done.with(new Caption("v0", Caption.State.OK, "other", "m", "p", null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v0");
        assertThat(done.with(new Caption("v1", Caption.State.OK, "other", "m", "p", null, null, null))
                        .versions())
                .extracting(Caption::version)
                .containsExactly("v0", "v1");
    }
}
