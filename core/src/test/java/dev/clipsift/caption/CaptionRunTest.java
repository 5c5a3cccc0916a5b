package dev.clipsift.caption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.RunRecords;
import dev.clipsift.io.Json;
import dev.clipsift.model.Caption;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunFolder;
import dev.clipsift.run.RunSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captioning runs against {@link FakeVlmServer} on loopback: what is sent (images that decode, their count per
 * window, the prompt, the model, the key), versions side by side, the enhancement pass and video parts, and the
 * checks before a run ({@link CaptionFailuresTest} has the server's failures). bikes.mp4 cut
 * into its five shots (30 to 61 frames at 25 fps, 640x360).
 */
class CaptionRunTest {
    static final String MODEL = "Qwen/Qwen2.5-VL-7B-Instruct";

    @TempDir
    static Path tmp;

    static Path input;

    @BeforeAll
    static void videos() throws IOException {
        input = RunRecords.bikesIn(tmp);
    }

    static CaptionConfig captioning(String endpoint, Map<String, Object> more) {
        Map<String, Object> m = new HashMap<>(
                Map.of("enabled", true, "endpoint", endpoint, "model", MODEL, "backoff_s", 0.01, "retries", 2));
        m.putAll(more);
        return Json.mapper().convertValue(m, CaptionConfig.class);
    }

    static RunConfig config(CaptionConfig c) {
        return RunRecords.shots(input).withFamily("captioning", c);
    }

    static Caption caption(ClipRecord c, String version) {
        return c.captions().version(version).orElseThrow();
    }

    /** Frames a span gives at 2 fps from a 25 fps source (every 12.5th frame, starting with the first). */
    static long imagesAt2Fps(int from, int to) {
        return java.util.stream.IntStream.range(from, to)
                .filter(k -> Math.floor(k / 12.5) != Math.floor((k - 1) / 12.5))
                .count();
    }

    /** The size of the images sent for a clip: its picture scaled to 448 px on its longer side, then to 28-px patches. */
    static int[] sentSize(ClipRecord c) {
        int w = c.media().width();
        int h = c.media().height();
        double scale = Math.min(1, 448.0 / Math.max(w, h));
        return FrameImages.size((int) Math.round(w * scale), (int) Math.round(h * scale));
    }

    @Test
    void everyClipIsCaptionedWindowByWindowWithDecodableImagesThePromptAndTheModel() throws Exception {
        Path key = Files.writeString(tmp.resolve("key.txt"), "sk-test-SECRET-4711\n");
        try (FakeVlmServer server = new FakeVlmServer(0, MODEL)) {
            Path out = tmp.resolve("windows");
            RunSummary s = RunRecords.run(
                    out,
                    config(captioning(
                            server.endpoint(),
                            Map.of("window_frames", 16, "min_remainder_frames", 8, "api_key_file", key.toString()))));

            List<ClipRecord> clips = RunRecords.clips(out);
            assertThat(clips).hasSize(5);
            int windows = 0;
            for (ClipRecord c : clips) {
                Caption v0 = caption(c, "v0");
                assertThat(v0.state()).isEqualTo(Caption.State.OK);
                assertThat(v0.model()).isEqualTo(MODEL);
                List<CaptionWindows.Window> expected =
                        CaptionWindows.of(c.span().startFrame(), c.span().frames(), 16, 8);
                assertThat(v0.windows()).hasSize(expected.size());
                for (int i = 0; i < expected.size(); i++) {
                    Caption.Window w = v0.windows().get(i);
                    long images = imagesAt2Fps(
                            expected.get(i).start() - c.span().startFrame(),
                            expected.get(i).end() - c.span().startFrame());
                    assertThat(w.startFrame()).isEqualTo(expected.get(i).start());
                    assertThat(w.images()).isEqualTo(images);
                    int[] size = sentSize(c);
                    assertThat(w.text())
                            .isEqualTo(images + " images " + size[0] + "x" + size[1] + ": Elaborate on the visual");
                }
                assertThat(v0.text())
                        .isEqualTo(String.join(
                                "\n\n",
                                v0.windows().stream().map(Caption.Window::text).toList()));
                assertThat(v0.outputTokens())
                        .isEqualTo(v0.windows().stream()
                                .mapToInt(Caption.Window::outputTokens)
                                .sum());
                windows += expected.size();
            }
            assertThat(windows)
                    .as("clips of 30 to 61 frames in 16-frame windows")
                    .isGreaterThan(10);
            assertThat(server.received()).hasSize(windows).allSatisfy(r -> {
                assertThat(r.body().path("model").asText()).isEqualTo(MODEL);
                assertThat(r.text())
                        .isEqualTo("Elaborate on the visual and narrative elements of the video in detail.");
                assertThat(r.images()).isNotEmpty().allSatisfy(wh -> assertThat(wh)
                        .containsExactly(sentSize(clips.get(0))));
                assertThat(r.authorization()).isEqualTo("Bearer sk-test-SECRET-4711");
            });
            RunSummary.ScorerStat stat = s.session().scorers().stream()
                    .filter(st -> st.stage().equals("captioning"))
                    .findFirst()
                    .orElseThrow();
            assertThat(stat.counts()).containsEntry("requests", (long) windows);
            assertThat(stat.counts().get("output_tokens"))
                    .isEqualTo(clips.stream()
                            .mapToLong(c -> caption(c, "v0").outputTokens())
                            .sum());
            assertThat(stat.perSecond().get("output_tokens")).isPositive();
            assertThat(noFileHolds(out, "SECRET-4711"))
                    .as("the key is in no written file")
                    .isTrue();
        }
    }

    static boolean noFileHolds(Path root, String text) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).noneMatch(f -> {
                try {
                    return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(text);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void aNewVersionOfASubsetKeepsTheOldOneAndAsksOnlyForTheSubset() throws Exception {
        Path out = tmp.resolve("versions");
        try (FakeVlmServer server = new FakeVlmServer(0, MODEL)) {
            RunRecords.run(out, config(captioning(server.endpoint(), Map.of())));
            List<ClipRecord> v0 = RunRecords.clips(out);
            String chosen = v0.get(2).id();

            RunRecords.run(
                    out,
                    config(captioning(
                            server.endpoint(),
                            Map.of("version", "v1", "only", List.of(chosen), "prompt_text", "Describe the traffic."))));

            assertThat(server.received()).hasSize(6).last().satisfies(r -> assertThat(r.text())
                    .isEqualTo("Describe the traffic."));
            for (ClipRecord c : RunRecords.clips(out)) {
                ClipRecord old = v0.stream()
                        .filter(o -> o.id().equals(c.id()))
                        .findFirst()
                        .orElseThrow();
                assertThat(caption(c, "v0")).isEqualTo(caption(old, "v0"));
                if (c.id().equals(chosen)) {
                    assertThat(c.captions().versions())
                            .extracting(Caption::version)
                            .containsExactly("v0", "v1");
                    assertThat(caption(c, "v1").text()).endsWith(": Describe the traffic.");
                    assertThat(caption(c, "v1").prompt()).isEqualTo("Describe the traffic.");
                } else {
                    assertThat(c.captions().versions())
                            .extracting(Caption::version)
                            .containsExactly("v0");
                }
            }
            assertThat(new RunFolder(out).readVideoRecords().get(0).stages())
                    .as("the clips it did not want do not keep the video from being done")
                    .containsKey("captioning");
        }
    }

    @Test
    void enhancementRewritesEachCaptionWithATextRequestAndVideoPartsDecode() throws Exception {
        try (FakeVlmServer server = new FakeVlmServer(0, MODEL, "text-llm")) {
            Path out = tmp.resolve("enhanced");
            RunRecords.run(
                    out,
                    config(captioning(
                            server.endpoint(), Map.of("send", "video", "enhance", Map.of("model", "text-llm")))));
            List<FakeVlmServer.Received> got = server.received();
            assertThat(got).hasSize(10);
            assertThat(got)
                    .filteredOn(r -> r.body().path("model").asText().equals(MODEL))
                    .hasSize(5)
                    .allSatisfy(r -> assertThat(r.videoFrames()).isBetween(2, 6));
            for (ClipRecord c : RunRecords.clips(out)) {
                Caption v0 = caption(c, "v0");
                assertThat(v0.text()).matches("[0-9] video frames: Elaborate on the visual");
                assertThat(v0.enhanced().model()).isEqualTo("text-llm");
                assertThat(got).anySatisfy(r -> {
                    assertThat(r.body().path("model").asText()).isEqualTo("text-llm");
                    assertThat(r.images()).isEmpty();
                    assertThat(r.text())
                            .startsWith("Rewrite the following description")
                            .endsWith(v0.text());
                });
                assertThat(v0.enhanced().text()).isEqualTo("text: Rewrite the following description");
            }
        }
    }

    @Test
    void anUnreachableServerOrAnUnknownModelFailsBeforeAnythingIsWritten() throws Exception {
        int port;
        try (FakeVlmServer server = new FakeVlmServer(0, "other-model")) {
            port = server.port();
            Path out = tmp.resolve("wrong-model");
            assertThatThrownBy(() -> RunRecords.run(out, config(captioning(server.endpoint(), Map.of()))))
                    .hasMessageContaining("does not serve '" + MODEL + "'")
                    .hasMessageContaining("other-model");
            assertThat(out).doesNotExist();
        }
        Path out = tmp.resolve("unreachable");
        assertThatThrownBy(() -> RunRecords.run(out, config(captioning("http://127.0.0.1:" + port + "/v1", Map.of()))))
                .hasMessageContaining("cannot reach the captioning server at http://127.0.0.1:" + port);
        assertThat(out).doesNotExist();
    }
}
