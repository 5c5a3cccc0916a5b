package dev.clipsift.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.RunRecords;
import dev.clipsift.TestData;
import dev.clipsift.engine.FilterMode;
import dev.clipsift.engine.FilterPolicy;
import dev.clipsift.engine.FilterTally;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Status;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The motion family through a run of bikes.mp4 (content splitting: five clips, one per shot of 20 frames or
 * more): scored on the encoder's decode, the same scores as the scorer gives on its own, the filter's verdicts
 * on the records read back, and new thresholds that need no re-scoring.
 */
class MotionRunTest {
    @TempDir
    Path tmp;

    RunConfig shots(Path input, MotionConfig motion) {
        return RunRecords.shots(input).withFamily("motion", motion);
    }

    @Test
    void aRunScoresEveryClipOnTheSharedDecodeAndNewThresholdsOnlyReFilter() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(TestData.video("bikes.mp4"), input.resolve("bikes.mp4"));
        Path out = tmp.resolve("out");
        MotionConfig enabled = new MotionConfig(FilterMode.ENABLE, null, null, null, null, null);

        RunSummary first = RunRecords.run(out, shots(input, enabled));

        List<ClipRecord> clips = RunRecords.clips(out);
        assertThat(clips).hasSize(5);
        assertThat(first.session().decodedFrames().clipSpans())
                .as("one decode serves encoder and motion")
                .isEqualTo(clips.stream().mapToLong(c -> c.span().frames()).sum());
        assertThat(clips).allSatisfy(c -> {
            assertThat(c.stages()).containsKey("motion");
            assertThat(c.scores().get("motion_pairs"))
                    .isEqualTo(Math.ceil(c.span().frames() / 12.5) - 1);
            assertThat(c.scores().get("motion_global_mean")).isPositive();
            assertThat(c.scores().get("motion_per_patch_min_256")).isPositive();
        });
        ClipRecord traffic = clips.stream()
                .filter(c -> c.span().startFrame() == 76)
                .findFirst()
                .orElseThrow();
        double alone = MotionMeter.measure(MotionFrames.sample(TestData.video("bikes.mp4"), MotionFrames.NEED, 76, 136))
                .globalMean();
        assertThat(traffic.scores().get("motion_global_mean"))
                .as("as the scorer measures it on its own")
                .isCloseTo(alone, within(0.1 * alone));

        FilterTally tally = new FilterTally();
        FilterPolicy policy = new FilterPolicy(new MotionFamily().filters(enabled));
        List<Status> verdicts =
                clips.stream().map(c -> policy.apply(c, tally).status()).toList();
        assertThat(verdicts).contains(Status.OK);
        assertThat(clips)
                .extracting(ClipRecord::status)
                .as("the run applied the filter")
                .isEqualTo(verdicts);
        assertThat(verdicts)
                .filteredOn(s -> s.state() == Status.State.FILTERED)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.reasons()).allMatch(r -> r.startsWith("motion_")));
        assertThat(tally.snapshot().get("motion").scored()).isEqualTo(5);
        JsonNode manifest = Json.mapper().readTree(out.resolve("config.json").toFile());
        assertThat(manifest.path("config").path("motion").path("filter").asText())
                .isEqualTo("enable");

        RunSummary again =
                RunRecords.run(out, shots(input, new MotionConfig(FilterMode.ENABLE, 0.0001, 0.0, null, null, null)));

        assertThat(again.session().skippedDone())
                .as("new thresholds: nothing to score")
                .isEqualTo(1);
        assertThat(again.session().decodedFrames().clipSpans()).isZero();
        assertThat(RunRecords.clips(out)).hasSize(5).allSatisfy(c -> {
            ClipRecord before = clips.stream()
                    .filter(b -> b.id().equals(c.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(c.scores()).as("not scored again").isEqualTo(before.scores());
            assertThat(c.status()).as("re-filtered with the looser thresholds").isEqualTo(Status.OK);
        });
    }
}
