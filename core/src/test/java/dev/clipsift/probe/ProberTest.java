package dev.clipsift.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.TestData;
import dev.clipsift.TestVideos;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProberTest {
    private final Prober prober = new Prober();

    @Test
    void everySharedClipMatchesItsGroundTruth() throws IOException {
        JsonNode truth =
                Json.mapper().readTree(TestData.video("ground_truth.json").toFile());
        int checked = 0;
        for (JsonNode v : truth.get("videos")) {
            VideoRecord r = prober.probe(TestData.video(v.get("file").asText()));
            assertThat(r.ok()).as(r.path()).isTrue();
            assertThat(r.codec()).isEqualTo(v.get("codec").asText());
            assertThat(r.width()).isEqualTo(v.get("width").asInt());
            assertThat(r.height()).isEqualTo(v.get("height").asInt());
            assertThat(r.frames()).isEqualTo(v.get("frame_count").asLong());
            assertThat(r.framesExact()).isTrue();
            String[] rate = v.get("fps").asText().split("/");
            assertThat(r.fps())
                    .isCloseTo(
                            Double.parseDouble(rate[0]) / Double.parseDouble(rate[1]),
                            org.assertj.core.data.Offset.offset(0.001));
            assertThat(r.durationS())
                    .isCloseTo(v.get("duration_s").asDouble(), org.assertj.core.data.Offset.offset(0.05));
            assertThat(r.container()).isEqualTo("mp4");
            assertThat(r.pixelFormat()).isEqualTo("yuv420p");
            assertThat(r.rotation()).isZero();
            checked++;
        }
        assertThat(checked).isEqualTo(6);
    }

    @Test
    void audioStreamIsDescribed() {
        VideoRecord r = prober.probe(TestData.video("bigbuckbunny.mp4"));
        assertThat(r.audioCodec()).isEqualTo("aac");
        assertThat(r.audioChannels()).isPositive();
        assertThat(r.audioSampleRate()).isPositive();
        assertThat(prober.probe(TestData.video("bikes.mp4")).audioCodec()).isNull();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "mpeg4, avi, clip.avi, mpeg4",
        "mjpeg, matroska, clip.mkv, mjpeg",
        "mpeg2video, mpeg, clip.mpg, mpeg2video",
        "mpeg2video, mpegts, clip.ts, mpeg2video",
        "libvpx, webm, clip.webm, vp8",
        "flv, flv, clip.flv, flv1",
        "libopenh264, mov, clip.mov, h264"
    })
    void generatedVideosOfManyCodecsAndContainersProbe(
            String encoder, String format, String name, String codec, @TempDir Path dir) throws IOException {
        Path file = TestVideos.make(dir.resolve(name), 160, 96, 25, 50, encoder, format);
        VideoRecord r = prober.probe(file);
        assertThat(r.ok()).as(String.valueOf(r.error())).isTrue();
        assertThat(r.codec()).isEqualTo(codec);
        assertThat(r.width()).isEqualTo(160);
        assertThat(r.height()).isEqualTo(96);
        assertThat(r.fps()).isCloseTo(25.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r.frames()).isBetween(48L, 52L);
    }

    @Test
    void zeroByteFileHasAClearReason(@TempDir Path dir) throws IOException {
        VideoRecord r = prober.probe(Files.createFile(dir.resolve("empty.mp4")));
        assertThat(r.ok()).isFalse();
        assertThat(r.failure()).isEqualTo(ProbeFailure.EMPTY_FILE);
        assertThat(r.error()).isEqualTo("empty file (0 bytes)");
    }

    @Test
    void textAndRandomBytesAreNotVideos(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "this is not a video\n".repeat(100));
        Path random = Files.write(dir.resolve("noise.mkv"), noise(64 * 1024));
        for (Path p : new Path[] {text, random}) {
            VideoRecord r = prober.probe(p);
            assertThat(r.ok()).as(p.toString()).isFalse();
            assertThat(r.failure()).as(p.toString()).isEqualTo(ProbeFailure.UNREADABLE);
            assertThat(r.error()).isNotBlank().doesNotContain("\n").doesNotContain("truncated");
        }
    }

    @Test
    void mp4CutBeforeItsMoovAtomIsTruncatedNotInvalidData(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(TestData.video("bikes.mp4"));
        // the moov atom of this file sits at the end: the first half holds ftyp and part of mdat only
        Path cut = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(whole, whole.length / 2));
        VideoRecord r = prober.probe(cut);
        assertThat(r.ok()).isFalse();
        assertThat(r.failure()).isEqualTo(ProbeFailure.TRUNCATED);
        assertThat(r.error())
                .startsWith("truncated (no moov atom")
                .contains("'mdat'")
                .doesNotContain("Invalid data");
    }

    @Test
    void mp4WhoseMoovAtomIsCutShortIsTruncated(@TempDir Path dir) throws IOException {
        Path made = TestVideos.mp4(dir.resolve("made.mp4"), 160, 96, 25, 50);
        byte[] whole = Files.readAllBytes(made);
        Path cut = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(whole, whole.length - 200));
        VideoRecord r = prober.probe(cut);
        assertThat(r.ok()).isFalse();
        assertThat(r.failure()).isEqualTo(ProbeFailure.TRUNCATED);
        assertThat(r.error()).startsWith("truncated (moov atom cut short");
    }

    @Test
    void randomBytesBehindAnMp4NameAreUnreadableNotTruncated(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(TestData.video("bikes.mp4"));
        Path random = Files.write(dir.resolve("noise.mp4"), noise(whole.length / 2));
        VideoRecord r = prober.probe(random);
        assertThat(r.failure()).isEqualTo(ProbeFailure.UNREADABLE);
        assertThat(r.error()).startsWith("cannot open: ");
    }

    @Test
    void audioOnlyFileSaysSo(@TempDir Path dir) throws IOException {
        Path audio = dir.resolve("tone.m4v");
        TestVideos.audioOnly(audio, 1);
        VideoRecord r = prober.probe(audio);
        assertThat(r.ok()).isFalse();
        assertThat(r.failure()).isEqualTo(ProbeFailure.NO_VIDEO_STREAM);
        assertThat(r.error()).isEqualTo("no video stream (audio only)");
    }

    private static byte[] noise(int n) {
        byte[] bytes = new byte[n];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    @Test
    void unicodeAndSpacesInPathsWork(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("vidéos à trier"));
        Path file = Files.copy(TestData.video("carphone_pristine.mp4"), sub.resolve("车 载 电话 ☎.mp4"));
        VideoRecord r = prober.probe(file);
        assertThat(r.ok()).as(String.valueOf(r.error())).isTrue();
        assertThat(r.path()).isEqualTo(file.toString());
        assertThat(r.width()).isEqualTo(176);
    }

    @Test
    void displayRotationIsReadAndSwapsTheShownSize(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("portrait.mp4");
        TestVideos.video(160, 96, 25, 10).codec("libopenh264").rotation(90).write(file, (i, bgr, w, h) -> {});
        VideoRecord r = prober.probe(file);
        assertThat(r.rotation()).isIn(90, 270);
        assertThat(r.displayWidth()).isEqualTo(96);
        assertThat(r.displayHeight()).isEqualTo(160);
    }

    @Test
    void containerIsTheMemberOfTheDemuxerFamilyTheExtensionNames() {
        assertThat(Prober.containerName("mov,mp4,m4a,3gp,3g2,mj2", "a/b.MOV".toLowerCase()))
                .isEqualTo("mov");
        assertThat(Prober.containerName("mov,mp4,m4a,3gp,3g2,mj2", "a/b.m4v")).isEqualTo("mov");
        assertThat(Prober.containerName("matroska,webm", "x.webm")).isEqualTo("webm");
    }
}
