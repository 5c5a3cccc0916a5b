package dev.clipsift.caption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.RunRecords;
import dev.clipsift.cli.CliRun;
import dev.clipsift.model.Caption;
import dev.clipsift.model.ClipRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line: {@code run --captioning-endpoint URL --captioning-model M} captions every clip; {@code caption
 * RUN --dry-run} previews a new version without sending anything; {@code caption RUN --only ID} makes it for
 * one clip and keeps the first.
 */
class CaptionCommandTest {
    static final String MODEL = "qwen2.5-vl";

    @TempDir
    Path tmp;

    @Test
    void runCaptionsEveryClipAndCaptionMakesANewVersionOfASubset() throws Exception {
        Path in = RunRecords.bikesIn(tmp);
        Path out = tmp.resolve("out");
        try (FakeVlmServer server = new FakeVlmServer(0, MODEL)) {
            CliRun run = CliRun.runInTwoSecondClips(
                    in, out, "--captioning-endpoint", server.endpoint(), "--captioning-model", MODEL);
            assertThat(run.exitCode()).as(run.err()).isZero();
            List<ClipRecord> clips = RunRecords.clips(out);
            assertThat(clips).isNotEmpty().allSatisfy(c -> assertThat(
                            c.captions().version("v0").orElseThrow().state())
                    .isEqualTo(Caption.State.OK));
            int asked = server.received().size();
            assertThat(asked).isEqualTo(clips.size());
            String chosen = clips.get(0).id();

            CliRun dry = CliRun.of("caption", out.toString(), "--where", "id = " + chosen, "--dry-run");

            assertThat(dry.exitCode()).as(dry.err()).isZero();
            long images = server.received().get(0).images().size();
            int[] size = CaptionRunTest.sentSize(clips.get(0));
            long tokensPerImage = (size[0] / 28) * (size[1] / 28);
            assertThat(dry.out())
                    .contains("caption v1 with " + MODEL + ": 1 clips, 1 requests, ")
                    .containsPattern("\\b[0-9]+ images, about [0-9]+ prompt tokens");
            assertThat(server.received()).as("a dry run sends nothing").hasSize(asked);
            long expected = CaptionRunTest.imagesAt2Fps(0, clips.get(0).span().frames());
            long promptTokens = (server.received().get(0).text().length() + 3) / 4;
            assertThat(images).isEqualTo(expected);
            assertThat(dry.out())
                    .contains(", " + expected + " images, about " + (expected * tokensPerImage + promptTokens)
                            + " prompt");

            CliRun again =
                    CliRun.of("caption", out.toString(), "--only", chosen, "--captioning-prompt-variant", "av", "-q");

            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(server.received()).hasSize(asked + 1);
            assertThat(server.received().get(asked).text())
                    .startsWith("The video was recorded by a camera on a vehicle.");
            for (ClipRecord c : RunRecords.clips(out)) {
                assertThat(c.captions().versions())
                        .extracting(Caption::version)
                        .isEqualTo(c.id().equals(chosen) ? List.of("v0", "v1") : List.of("v0"));
            }
        }
    }
}
