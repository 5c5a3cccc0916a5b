package dev.clipsift.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.RunRecords;
import dev.clipsift.io.Json;
import dev.clipsift.model.Caption;
import dev.clipsift.model.Captions;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunFolder;
import dev.clipsift.run.RunSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The captions of a run's clips are embedded at the end of the run, each version once, and found by caption
 * search.
 */
class CaptionEmbeddingsTest {
    @TempDir
    Path tmp;

    static Caption ok(String version, String text) {
        return new Caption(version, Caption.State.OK, text, "test", null, null, null, null);
    }

    static void caption(Path out, ClipRecord clip, Caption... versions) throws Exception {
        Json.writeAtomically(
                new RunFolder(out).clipRecord(clip.id()), clip.withCaptions(new Captions(List.of(versions))));
    }

    @Test
    void captionsAreEmbeddedOncePerVersionAndSearchFindsTheNearest() throws Exception {
        Path out = tmp.resolve("out");
        RunConfig config =
                RunRecords.shots(RunRecords.bikesIn(tmp)).withFamily("embeddings", EmbedConfig.builtIn(true));
        RunSummary first = RunRecords.run(out, config);
        assertThat(first.passes().get("caption_embeddings")).containsEntry("captioned", 0);
        List<ClipRecord> clips = RunRecords.clips(out);
        caption(out, clips.get(0), ok("v0", "A red car drives past parked cars."));
        caption(
                out,
                clips.get(1),
                ok("v0", "A cyclist rides a bicycle along the street."),
                new Caption("v1", Caption.State.FAILED, null, "test", null, null, null, null));
        caption(out, clips.get(2), ok("v0", "An empty pavement."), ok("v1", "A bicycle parked against a wall."));

        RunSummary second = RunRecords.run(out, config);

        assertThat(second.passes().get("caption_embeddings"))
                .containsEntry("captioned", 3)
                .containsEntry("embedded", 3);
        List<CaptionSearch.Hit> hits = CaptionSearch.search(out, "someone riding a bike", 3);
        assertThat(hits).hasSize(3);
        assertThat(hits.get(0).clip()).isEqualTo(clips.get(1).id());
        assertThat(hits.get(0).version()).isEqualTo("v0");
        assertThat(hits.stream()
                        .filter(h -> h.clip().equals(clips.get(2).id()))
                        .findFirst()
                        .orElseThrow()
                        .version())
                .isEqualTo("v1");

        assertThat(RunRecords.run(out, config).passes().get("caption_embeddings"))
                .containsEntry("embedded", 0);
        caption(out, RunRecords.clips(out).get(0), ok("v0", "A red car."), ok("v1", "A man on a bicycle."));
        assertThat(RunRecords.run(out, config).passes().get("caption_embeddings"))
                .containsEntry("embedded", 1);
        assertThat(CaptionSearch.search(out, "a man on a bicycle", 1).get(0).clip())
                .isEqualTo(clips.get(0).id());
    }
}
