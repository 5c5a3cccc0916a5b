package dev.clipsift.caption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.RunRecords;
import dev.clipsift.model.Caption;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.run.CurationRun;
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
 * Captioning when the server misbehaves, against {@link FakeVlmServer}: 429s are retried, a malformed answer fails
 * its clip only, and a server that goes down leaves captions pending that a resume finishes alone. bikes.mp4 cut
 * into its five shots.
 */
class CaptionFailuresTest {
    static final String MODEL = CaptionRunTest.MODEL;

    @TempDir
    static Path tmp;

    static Path input;

    @BeforeAll
    static void videos() throws IOException {
        input = RunRecords.bikesIn(tmp);
    }

    static CaptionConfig captioning(String endpoint, Map<String, Object> more) {
        return CaptionRunTest.captioning(endpoint, more);
    }

    static RunConfig config(CaptionConfig c) {
        return RunRecords.shots(input).withFamily("captioning", c);
    }

    static Caption caption(ClipRecord c, String version) {
        return CaptionRunTest.caption(c, version);
    }

    @Test
    void throttlingIsRetriedAndAMalformedAnswerFailsOnlyItsClip() throws Exception {
        try (FakeVlmServer server = new FakeVlmServer(0, MODEL)) {
            server.throttleNext(3);
            RunSummary s =
                    RunRecords.run(tmp.resolve("retry"), config(captioning(server.endpoint(), Map.of("retries", 3))));
            assertThat(RunRecords.clips(tmp.resolve("retry")))
                    .allSatisfy(c -> assertThat(caption(c, "v0").state()).isEqualTo(Caption.State.OK));
            assertThat(s.session().scorers().stream()
                            .filter(st -> st.stage().equals("captioning"))
                            .findFirst()
                            .orElseThrow()
                            .counts())
                    .containsEntry("retries", 3L);

            server.malformedNext(1);
            Path out = tmp.resolve("malformed");
            RunRecords.run(out, config(captioning(server.endpoint(), Map.of("concurrency", 1))));
            List<ClipRecord> clips = RunRecords.clips(out);
            assertThat(clips).filteredOn(c -> !c.valid()).singleElement().satisfies(c -> {
                assertThat(c.errors()).containsOnlyKeys("captioning.bad_response");
                assertThat(c.errors().get("captioning.bad_response")).contains("no choices[0].message.content");
                assertThat(caption(c, "v0").state()).isEqualTo(Caption.State.FAILED);
            });
            assertThat(clips).filteredOn(ClipRecord::valid).hasSize(4);
        }
    }

    @Test
    void aServerThatGoesDownLeavesCaptionsPendingAndResumeFinishesOnlyThem() throws Exception {
        Path out = tmp.resolve("down");
        int port;
        Map<String, Object> inodes = new HashMap<>();
        try (FakeVlmServer server = new FakeVlmServer(0, MODEL)) {
            port = server.port();
            server.downAfter(2);
            RunSummary first = RunRecords.run(out, config(captioning(server.endpoint(), Map.of("concurrency", 1))));
            assertThat(first.clipsFailed())
                    .as("a server down is nobody's clip failing")
                    .isZero();
        }
        List<ClipRecord> before = RunRecords.clips(out);
        assertThat(before)
                .filteredOn(c -> caption(c, "v0").state() == Caption.State.OK)
                .hasSize(2);
        assertThat(before)
                .filteredOn(c -> caption(c, "v0").state() == Caption.State.PENDING)
                .hasSize(3)
                .allSatisfy(c -> assertThat(c.stages()).doesNotContainKey("captioning"));
        for (ClipRecord c : before) {
            inodes.put(c.id(), Files.getAttribute(new RunFolder(out).clipVideo(c.id()), "unix:ino"));
        }
        assertThat(new RunFolder(out).readVideoRecords().get(0).stages()).doesNotContainKey("captioning");

        try (FakeVlmServer again = new FakeVlmServer(port, MODEL)) {
            RunSummary resumed = new CurationRun(out, 2, RunListener.NONE, w -> {}).resume();
            assertThat(resumed.session().decodedFrames().split())
                    .as("no re-split")
                    .isZero();
            assertThat(again.received())
                    .as("only the pending clips are asked for")
                    .hasSize(3);
        }
        List<ClipRecord> after = RunRecords.clips(out);
        assertThat(after).allSatisfy(c -> {
            assertThat(caption(c, "v0").state()).isEqualTo(Caption.State.OK);
            assertThat(Files.getAttribute(new RunFolder(out).clipVideo(c.id()), "unix:ino"))
                    .as("no re-encode")
                    .isEqualTo(inodes.get(c.id()));
        });
        for (ClipRecord c : before) {
            if (caption(c, "v0").state() == Caption.State.OK) {
                assertThat(after)
                        .filteredOn(a -> a.id().equals(c.id()))
                        .singleElement()
                        .satisfies(a -> assertThat(caption(a, "v0")).isEqualTo(caption(c, "v0")));
            }
        }
    }
}
