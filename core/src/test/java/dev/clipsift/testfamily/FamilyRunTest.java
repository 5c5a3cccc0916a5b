package dev.clipsift.testfamily;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.RunRecords;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Status;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunFolder;
import dev.clipsift.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage family that exists only in the test sources ({@link BrightnessFamily}, registered in
 * META-INF/services) runs end to end without any file of the run package knowing it: added to a finished run it
 * runs alone (no split, no encode, each clip span decoded once), with new settings it runs again alone, and in a
 * fresh run it shares the encoder's decode.
 */
class FamilyRunTest {
    @TempDir
    static Path tmp;

    static Path input;

    /** bikes.mp4: 250 frames at 25 fps, six shots (cuts at 30, 76, 137, 187, 242). */
    @BeforeAll
    static void videos() throws IOException {
        input = bikesIn(tmp);
    }

    static Path bikesIn(Path dir) throws IOException {
        return RunRecords.bikesIn(dir);
    }

    static RunConfig shots() {
        return shots(input);
    }

    static RunConfig shots(Path input) {
        return RunRecords.shots(input);
    }

    /** Frames a clip at 25 fps gives at {@code fps} frames per second. */
    static double sampled(ClipRecord c, double fps) {
        return Math.ceil(c.span().frames() / (25 / fps));
    }

    /** The frames of all clip spans of a run. */
    static long spanFrames(Path out) throws IOException {
        return clips(out).stream().mapToLong(c -> c.span().frames()).sum();
    }

    static RunSummary run(Path out, RunConfig config) throws Exception {
        return RunRecords.run(out, config);
    }

    static List<ClipRecord> clips(Path out) throws IOException {
        return RunRecords.clips(out);
    }

    /** Each clip file's inode: a re-encode writes a new file (temp + rename), so a changed inode means "encoded again". */
    static Map<String, Object> clipFiles(Path out) throws IOException {
        Map<String, Object> m = new HashMap<>();
        for (ClipRecord c : clips(out)) {
            m.put(c.id(), Files.getAttribute(new RunFolder(out).clipVideo(c.id()), "unix:ino"));
        }
        return m;
    }

    @Test
    void aRerunThatAddsAFamilyRunsOnlyItsStageAndDecodesEachClipSpanOnce() throws Exception {
        Path out = tmp.resolve("added");
        RunSummary first = run(out, shots());
        assertThat(first.clips()).isEqualTo(5);
        assertThat(first.session().decodedFrames().split()).isEqualTo(250);
        assertThat(first.session().decodedFrames().clipSpans())
                .isEqualTo(spanFrames(out))
                .isEqualTo(242);
        Map<String, Object> encoded = clipFiles(out);

        RunSummary second = run(out, shots().withFamily("brightness", new BrightnessConfig(true, 2.0, 64)));

        assertThat(second.session().videosProcessed()).isEqualTo(1);
        assertThat(second.session().decodedFrames().split()).as("no re-split").isZero();
        assertThat(second.session().decodedFrames().clipSpans())
                .as("each clip span decoded once, for the new stage")
                .isEqualTo(spanFrames(out));
        assertThat(clipFiles(out)).as("no re-encode").isEqualTo(encoded);
        assertThat(clips(out)).hasSize(5).allSatisfy(c -> {
            assertThat(c.stages()).as("and the families on by default").containsKeys("transcode", "brightness");
            assertThat(c.scores().get("brightness_frames"))
                    .as("2 frames a second")
                    .isEqualTo(sampled(c, 2));
            assertThat(c.scores().get("brightness_mean")).isBetween(1.0, 254.0);
            assertThat(c.media().frames()).isEqualTo((long) c.span().frames());
        });
        JsonNode manifest = Json.mapper().readTree(out.resolve("config.json").toFile());
        assertThat(manifest.path("config").path("brightness").path("enabled").asBoolean())
                .isTrue();
        assertThat(manifest.path("stages").findValuesAsText("name"))
                .containsSubsequence("probe", "split", "spans", "transcode", "brightness", "records");
        assertThat(manifest.path("run_id").asText()).isEqualTo(first.runId());

        RunSummary third = run(out, shots().withFamily("brightness", new BrightnessConfig(true, 2.0, 64)));
        assertThat(third.session().skippedDone()).isEqualTo(1);
        assertThat(third.session().decodedFrames().clipSpans()).isZero();
    }

    @Test
    void newFamilySettingsRedoOnlyThatStage() throws Exception {
        Path out = tmp.resolve("changed");
        run(out, shots().withFamily("brightness", new BrightnessConfig(true, 2.0, 64)));
        Map<String, Object> encoded = clipFiles(out);

        RunSummary again = run(out, shots().withFamily("brightness", new BrightnessConfig(true, 1.0, 64)));

        assertThat(again.session().decodedFrames().split()).isZero();
        assertThat(clipFiles(out)).isEqualTo(encoded);
        assertThat(clips(out))
                .allSatisfy(c -> assertThat(c.scores().get("brightness_frames")).isEqualTo(sampled(c, 1)));
    }

    @Test
    void inAFreshRunTheFamilySharesTheEncodersDecodeAndLoadsOncePerWorker() throws Exception {
        BrightnessStage.SETUPS.set(0);

        RunSummary s = run(tmp.resolve("fresh"), shots().withFamily("brightness", new BrightnessConfig(true, 2.0, 32)));

        assertThat(s.session().decodedFrames().clipSpans())
                .as("one decode serves encoder and family")
                .isEqualTo(spanFrames(tmp.resolve("fresh")));
        RunSummary.StageStat brightness = s.session().stages().stream()
                .filter(st -> st.stage().equals("brightness"))
                .findFirst()
                .orElseThrow();
        assertThat(brightness.itemsIn()).isEqualTo(5);
        assertThat(BrightnessStage.SETUPS.get())
                .as("set up once per worker, not per clip")
                .isEqualTo(brightness.workers());
        assertThat(clips(tmp.resolve("fresh")))
                .allSatisfy(c -> assertThat(c.scores().get("brightness_frames")).isEqualTo(sampled(c, 2)));
    }

    @Test
    void aFamilysPassSeesEveryClipOfTheRunAfterThePipelineAndItsStatusesAreCounted() throws Exception {
        Path out = tmp.resolve("pass");
        BrightnessConfig ranked = new BrightnessConfig(true, 2.0, 32, null, null, true);

        RunSummary first = run(out, shots().withFamily("brightness", ranked));

        List<ClipRecord> clips = clips(out);
        List<String> brightestFirst = clips.stream()
                .sorted((a, b) -> Double.compare(
                        b.scores().get("brightness_mean"), a.scores().get("brightness_mean")))
                .map(ClipRecord::id)
                .toList();
        assertThat(Json.mapper()
                        .readValue(out.resolve("brightness/ranking.json").toFile(), String[].class))
                .containsExactlyElementsOf(brightestFirst);
        assertThat(clips)
                .filteredOn(c -> c.status().state() == Status.State.DUPLICATE)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.id()).isEqualTo(brightestFirst.get(4));
                    assertThat(c.status().reasons()).containsExactly("duplicate of " + brightestFirst.get(0));
                });
        assertThat(first.passes()).containsEntry("brightness_rank", Map.of("clips", 5));
        assertThat(first.clips()).isEqualTo(5);
        assertThat(new RunFolder(out).readVideoRecords()).singleElement().satisfies(v -> assertThat(
                        v.clips().duplicate())
                .as("the video's counts follow what the pass set")
                .isEqualTo(1));
        JsonNode manifest = Json.mapper().readTree(out.resolve("config.json").toFile());
        assertThat(manifest.path("stages").findValuesAsText("name")).endsWith("records", "brightness_rank");

        RunSummary again = run(out, shots().withFamily("brightness", ranked));

        assertThat(again.session().skippedDone())
                .as("nothing streams through the clip stages")
                .isEqualTo(1);
        assertThat(again.passes())
                .as("but the pass sees every clip of the run")
                .containsEntry("brightness_rank", Map.of("clips", 5));
        assertThat(clips(out))
                .extracting(ClipRecord::status)
                .isEqualTo(clips.stream().map(ClipRecord::status).toList());
    }
}
