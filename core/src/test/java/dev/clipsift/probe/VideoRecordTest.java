package dev.clipsift.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.io.Json;
import org.junit.jupiter.api.Test;

class VideoRecordTest {
    @Test
    void failureIsWrittenAndReadBackByItsSnakeCaseKey() throws Exception {
        VideoRecord r = VideoRecord.failed("/v/cut.mp4", 10L, 1L, ProbeFailure.NO_VIDEO_STREAM, "no video stream");
        JsonNode json = Json.mapper().readTree(Json.writeLine(r));
        assertThat(json.get("failure").asText()).isEqualTo("no_video_stream");
        assertThat(json.get("error").asText()).isEqualTo("no video stream");
        assertThat(Json.read(Json.writeLine(r), VideoRecord.class)).isEqualTo(r);
    }

    @Test
    void everyFailureHasADistinctLowerSnakeCaseKey() {
        for (ProbeFailure f : ProbeFailure.values()) {
            assertThat(f.key()).matches("[a-z]+(_[a-z]+)*");
            assertThat(ProbeFailure.ofKey(f.key())).isEqualTo(f);
            assertThat(f).hasToString(f.key());
        }
    }

    @Test
    void javacvDeveloperHintsNeverReachTheMessage() {
        VideoRecord r = VideoRecord.failed(
                "/v/b.mp4",
                null,
                null,
                ProbeFailure.DOWNLOAD_FAILED,
                "avformat_open_input() error -5: Could not open input \"/v/b.mp4\". (Has setFormat() been called?)\n"
                        + " (For more details, make sure FFmpegLogCallback.set() has been called.)");
        assertThat(r.error()).isEqualTo("avformat_open_input() error -5: Could not open input \"/v/b.mp4\".");
    }
}
