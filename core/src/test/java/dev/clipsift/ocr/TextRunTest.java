package dev.clipsift.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.RunRecords;
import dev.clipsift.engine.FilterMode;
import dev.clipsift.engine.FilterPolicy;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Status;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The family end to end through a run: a 1280x720 clip with a static caption and a 640x360 one without, the
 * records read back (scores, the {@code text} group with boxes in clip pixels), the filter applied to them, and
 * a rerun with new filter settings that re-scores nothing.
 */
class TextRunTest {
    @TempDir
    Path tmp;

    static RunConfig config(Path input, TextConfig text) {
        return RunRecords.shots(input).withFamily("text", text);
    }

    /** Each video's single clip, by input file name. */
    static Map<String, ClipRecord> clips(Path out) throws Exception {
        Map<String, ClipRecord> m = new HashMap<>();
        for (ClipRecord c : RunRecords.clips(out)) {
            assertThat(m.put(Path.of(c.source().video()).getFileName().toString(), c))
                    .as("one clip per video")
                    .isNull();
        }
        return m;
    }

    @Test
    void aRunScoresOnScreenTextAndItsFilterRejectsTheOverlay() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        CaptionVideos.write(in.resolve("caption.mp4"), 1280, 720, 75, CaptionVideos.CAPTION, 120, 640, 0);
        CaptionVideos.write(in.resolve("plain.mp4"), 640, 360, 75, null, 0, 0, 0);
        Path out = tmp.resolve("out");

        RunRecords.run(out, config(in, TextConfig.defaults()));

        Map<String, ClipRecord> clips = clips(out);
        ClipRecord caption = clips.get("caption.mp4");
        assertThat(caption.stages()).containsKey("text");
        assertThat(caption.scores().get("text_overlay")).isEqualTo(1.0);
        assertThat(caption.scores().get("text_area_fraction")).isBetween(0.02, 0.2);
        assertThat(caption.text()).isNotNull();
        assertThat(caption.text().framesRead()).isEqualTo(6);
        assertThat(caption.text().overlay()).isTrue();
        assertThat(caption.text().regions()).anySatisfy(r -> {
            assertThat(r.overlay()).isTrue();
            assertThat(r.text()).contains("SALE");
            assertThat(r.x()).as("clip pixels: twice the 640 px frame's").isBetween(80, 140);
            assertThat(r.y()).isBetween(560, 640);
            assertThat(r.x() + r.w()).isBetween(1000, 1280);
            assertThat(r.y() + r.h()).isBetween(640, 700);
        });
        ClipRecord plain = clips.get("plain.mp4");
        assertThat(plain.scores().get("text_overlay")).isZero();
        assertThat(plain.scores().get("text_area_fraction")).isLessThan(0.002);
        assertThat(plain.text().regions()).isEmpty();

        TextConfig enabled = new TextConfig(FilterMode.ENABLE, null, null, null, null, null, null, null, null);
        FilterPolicy policy = new FilterPolicy(new TextFamily().filters(enabled));
        assertThat(policy.apply(caption, null).status().state()).isEqualTo(Status.State.FILTERED);
        assertThat(policy.apply(caption, null).status().reasons())
                .singleElement()
                .asString()
                .startsWith("text_overlay");
        assertThat(policy.apply(plain, null).status()).isEqualTo(Status.OK);
        FilterPolicy scoreOnly = new FilterPolicy(new TextFamily().filters(TextConfig.defaults()));
        assertThat(scoreOnly.apply(caption, null).status()).isEqualTo(Status.OK);

        TextConfig strict = new TextConfig(FilterMode.ENABLE, null, null, null, null, null, null, 0.01, null);
        RunSummary again = RunRecords.run(out, config(in, strict));
        assertThat(again.session().decodedFrames().clipSpans())
                .as("a new filter mode and threshold re-score nothing")
                .isZero();
        assertThat(new FilterPolicy(new TextFamily().filters(strict))
                        .apply(clips(out).get("caption.mp4"), null)
                        .status()
                        .reasons())
                .hasSize(2)
                .last()
                .asString()
                .startsWith("text_area_fraction");
    }
}
