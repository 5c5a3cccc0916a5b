package dev.clipsift.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.InputRecord;
import dev.clipsift.model.Schema;
import dev.clipsift.model.Status;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.split.ClipSpans;
import dev.clipsift.transcode.SyntheticVideo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurationRunTest {
    @TempDir
    static Path tmp;

    static Path input;
    static Path out;
    static RunSummary summary;

    @BeforeAll
    static void runOnce() throws Exception {
        input = RunInputs.withBadFiles(RunInputs.good(tmp.resolve("in")));
        out = tmp.resolve("out");
        summary = new CurationRun(out, 2, RunListener.NONE, w -> {}).start(RunInputs.fixedStride(input));
    }

    static InputRecord video(String relativePath) throws IOException {
        return Json.read(new RunFolder(out).videoRecord(Ids.video(relativePath)), InputRecord.class);
    }

    @Test
    void everyClipFileHoldsExactlyItsSpansFramesAndItsRecordSaysSo() throws IOException {
        InputRecord a = video("a.mp4");
        assertThat(a.valid()).isTrue();
        assertThat(a.clips().total()).isEqualTo(3);
        RunFolder folder = new RunFolder(out);
        List<List<Integer>> spans = new ArrayList<>();
        for (String id : a.clipIds()) {
            ClipRecord c = folder.readClipRecord(id);
            spans.add(List.of(c.span().startFrame(), c.span().endFrame()));
            assertThat(c.valid()).isTrue();
            assertThat(c.errors()).isEmpty();
            assertThat(c.status()).isEqualTo(Status.OK);
            assertThat(c.schemaVersion()).isEqualTo(Schema.VERSION);
            assertThat(c.media().frames()).isEqualTo(50L);
            assertThat(c.media().codec()).isEqualTo("h264");
            assertThat(c.media().pixelFormat()).isEqualTo("yuv420p");
            assertThat(c.media().width()).isEqualTo(SyntheticVideo.WIDTH);
            assertThat(c.media().audioCodec()).isEqualTo("aac");
            assertThat(c.media().bytes()).isEqualTo(Files.size(folder.clipVideo(id)));
            assertThat(c.span().endS() - c.span().startS()).isEqualTo(2.0);
            assertThat(c.stages())
                    .as("transcode and the quality score, on by default")
                    .containsOnlyKeys("transcode", "quality");
            assertThat(SyntheticVideo.decodedIndices(folder.clipVideo(id)))
                    .containsExactlyElementsOf(IntStream.rangeClosed(
                                    c.span().startFrame(), c.span().endFrame())
                            .boxed()
                            .toList());
        }
        assertThat(spans).containsExactly(List.of(0, 49), List.of(50, 99), List.of(100, 149));
        assertThat(video("sub/b.mp4").clips().total()).isEqualTo(2);
    }

    @Test
    void badInputsGetOneLineErrorsKeyedByStageAndTheRunGoesOn() throws IOException {
        assertThat(summary.inputs()).isEqualTo(6);
        assertThat(summary.inputsOk()).isEqualTo(2);
        assertThat(summary.inputsFailed()).isEqualTo(4);
        assertThat(summary.clips()).isEqualTo(5);
        assertThat(summary.clipsFailed()).isZero();
        assertThat(summary.session().stages())
                .filteredOn(st -> st.stage().equals("spans") || st.stage().equals("transcode"))
                .as("the failed inputs, and nothing else, leave the clip stages marked failed")
                .allSatisfy(st -> assertThat(st.itemsFailed()).isEqualTo(4));
        assertThat(video("empty.mp4").errors()).containsOnlyKeys("probe.empty_file");
        assertThat(video("audio-only.mp4").errors()).containsOnlyKeys("probe.no_video_stream");
        assertThat(video("random.mp4").errors()).containsOnlyKeys("probe.unreadable");
        assertThat(video("random.mp4").probe().error())
                .isEqualTo(video("random.mp4").errors().get("probe.unreadable"));
        assertThat(video("truncated.mp4").valid()).isFalse();
        assertThat(video("truncated.mp4").errors()).containsOnlyKeys("probe.truncated");
        assertThat(video("truncated.mp4").probe().failure()).isEqualTo(dev.clipsift.probe.ProbeFailure.TRUNCATED);
        assertThat(summary.failures())
                .extracting(RunSummary.Failure::video)
                .allMatch(v -> v.endsWith("empty.mp4")
                        || v.endsWith("random.mp4")
                        || v.endsWith("truncated.mp4")
                        || v.endsWith("audio-only.mp4"));
        assertThat(summary.failures()).allMatch(f -> f.errors().values().stream()
                .noneMatch(m -> m.isBlank() || m.chars().anyMatch(Character::isISOControl)));
    }

    @Test
    void theSummaryAddsUpTheRecordsAndTheConfigHoldsEveryStagesParameters() throws IOException {
        assertThat(summary.clipS()).isEqualTo(10.0);
        assertThat(summary.videoS()).isEqualTo(10.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(summary.session().stages())
                .extracting(RunSummary.StageStat::stage)
                .containsExactly("probe", "split", "spans", "transcode", "quality", "records");
        var config = Json.mapper().readTree(out.resolve("config.json").toFile());
        assertThat(config.path("run_id").asText()).isEqualTo(summary.runId());
        assertThat(config.path("stages").findValuesAsText("name"))
                .containsExactly("probe", "split", "spans", "transcode", "quality", "records");
        assertThat(config.path("stages").get(3).path("params").path("encoder").asText())
                .isEqualTo("libopenh264");
        assertThat(config.path("stages")
                        .get(1)
                        .path("params")
                        .path("params")
                        .path("stride_s")
                        .asDouble())
                .isEqualTo(2.0);
        assertThat(Json.read(out.resolve("summary.json"), RunSummary.class).clips())
                .isEqualTo(5);
    }

    @Test
    void runningAgainWithTheSameSettingsRedoesNothingAndOtherSettingsAreRefused() throws Exception {
        Path again = tmp.resolve("again");
        RunConfig cfg = RunInputs.fixedStride(RunInputs.good(tmp.resolve("in2")));
        new CurationRun(again, 2, RunListener.NONE, w -> {}).start(cfg);
        Path someClip = Files.list(again.resolve("clips"))
                .filter(p -> p.toString().endsWith(".mp4"))
                .findFirst()
                .orElseThrow();
        long modified = Files.getLastModifiedTime(someClip).toMillis();

        RunSummary second = new CurationRun(again, 2, RunListener.NONE, w -> {}).start(cfg);

        assertThat(second.session().skippedDone()).isEqualTo(2);
        assertThat(second.session().videosProcessed()).isZero();
        assertThat(second.clips()).isEqualTo(5);
        assertThat(Files.getLastModifiedTime(someClip).toMillis()).isEqualTo(modified);
        RunConfig other = new RunConfig(cfg.input(), 1, null, cfg.splitting(), null, null);
        assertThatThrownBy(() -> new CurationRun(again, 2, RunListener.NONE, w -> {}).start(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other settings");
    }

    @Test
    void limitsAndSpanRulesApply() throws Exception {
        RunConfig cfg = new RunConfig(
                input.toString(),
                1,
                2,
                RunInputs.fixedStride(input).splitting(),
                new ClipSpans(2.0, 48, 60, "stride", 0.0),
                null);
        RunSummary s = new CurationRun(tmp.resolve("limited"), 1, RunListener.NONE, w -> {}).start(cfg);

        assertThat(s.inputs()).isEqualTo(1);
        assertThat(s.clips()).isEqualTo(2);
    }

    @Test
    void resumeRemovesLeftoverTempFilesAndRefusesAFolderWithoutARun() throws Exception {
        Path leftover = out.resolve("clips/.abc.mp4.123.part");
        Files.writeString(leftover, "half a clip");

        RunSummary s = new CurationRun(out, 2, RunListener.NONE, w -> {}).resume();

        assertThat(leftover).doesNotExist();
        assertThat(s.clips()).isEqualTo(summary.clips());
        assertThat(s.runId()).isEqualTo(summary.runId());
        assertThatThrownBy(() -> new CurationRun(tmp.resolve("nothing"), 2, RunListener.NONE, w -> {}).resume())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("config.json");
    }
}
