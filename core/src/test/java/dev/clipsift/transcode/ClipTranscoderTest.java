package dev.clipsift.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.TestData;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.split.Shot;
import dev.clipsift.video.FrameReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipTranscoderTest {
    @TempDir
    static Path dir;

    static Path source;

    @BeforeAll
    static void makeSource() throws IOException {
        source = SyntheticVideo.write(dir.resolve("cuts.mp4"), 150, 25, List.of(40, 100), true);
    }

    @Test
    void cutsExactlyTheSpansFramesAndEncodesBrowserPlayableH264() throws IOException {
        Path clip = dir.resolve("mid.mp4");
        ClipTranscoder.Result r = new ClipTranscoder(TranscodeConfig.defaults())
                .transcode(source, new Shot(55, 99), 25, clip, () -> false);

        assertThat(r.frames()).isEqualTo(45);
        assertThat(SyntheticVideo.decodedIndices(clip))
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(55, 99).boxed().toList());
        List<Integer> shots = SyntheticVideo.decodedShots(clip);
        assertThat(shots.subList(0, 45)).containsOnly(1);
        VideoRecord probe = new Prober().probe(clip);
        assertThat(probe.ok()).isTrue();
        assertThat(probe.codec()).isEqualTo("h264");
        assertThat(probe.pixelFormat()).isEqualTo("yuv420p");
        assertThat(probe.width()).isEqualTo(SyntheticVideo.WIDTH);
        assertThat(probe.height()).isEqualTo(SyntheticVideo.HEIGHT);
        assertThat(probe.frames()).isEqualTo(45L);
        assertThat(probe.fps()).isEqualTo(25.0);
        assertThat(probe.audioCodec()).isEqualTo("aac");
        assertThat(probe.durationS()).isCloseTo(1.8, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void aSpanAtTheStartOrEndOfTheVideoKeepsItsFirstAndLastFrames() throws IOException {
        ClipTranscoder t = new ClipTranscoder(TranscodeConfig.defaults().withKeepAudio(false));
        Path first = dir.resolve("first.mp4");
        t.transcode(source, new Shot(0, 39), 25, first, () -> false);
        t.transcode(source, new Shot(100, 149), 25, dir.resolve("last.mp4"), () -> false);

        assertThat(SyntheticVideo.decodedIndices(first))
                .startsWith(0, 1, 2)
                .endsWith(38, 39)
                .hasSize(40);
        assertThat(SyntheticVideo.decodedShots(first)).containsOnly(0);
        assertThat(SyntheticVideo.decodedShots(dir.resolve("last.mp4"))).containsOnly(2);
        assertThat(SyntheticVideo.decodedIndices(dir.resolve("last.mp4")))
                .startsWith(100, 101)
                .endsWith(148, 149)
                .hasSize(50);
        assertThat(new Prober().probe(first).audioCodec()).isNull();
    }

    @Test
    void aFrameRateCapLowersTheRateAndKeepsTheDuration() throws IOException {
        Path clip = dir.resolve("capped.mp4");
        ClipTranscoder.Result r = new ClipTranscoder(TranscodeConfig.defaults().withMaxFps(10))
                .transcode(source, new Shot(0, 49), 25, clip, () -> false);

        assertThat(r.frames()).isEqualTo(20);
        assertThat(r.fps()).isEqualTo(10.0);
        List<Integer> idx = SyntheticVideo.decodedIndices(clip);
        assertThat(idx).hasSize(20).isSorted().startsWith(0).allMatch(i -> i <= 49);
        assertThat(new Prober().probe(clip).durationS()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.11));
    }

    @Test
    void aSpanPastTheEndOfTheVideoFailsWithAReasonAndLeavesNoFile() throws IOException {
        Path clip = dir.resolve("past.mp4");
        ClipTranscoder t = new ClipTranscoder(TranscodeConfig.defaults());

        assertThatThrownBy(() -> t.transcode(source, new Shot(140, 199), 25, clip, () -> false))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("source ended");
        assertThat(clip).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void cutsASharedRealVideoAtItsHardCutsWithExactFrameCounts() throws IOException {
        Path bikes = TestData.video("bikes.mp4");
        Path clip = dir.resolve("bikes-shot3.mp4");
        new ClipTranscoder(TranscodeConfig.defaults()).transcode(bikes, new Shot(137, 186), 25, clip, () -> false);

        VideoRecord probe = new Prober().probe(clip);
        assertThat(probe.frames()).isEqualTo(50L);
        assertThat(probe.width()).isEqualTo(640);
        assertThat(probe.height()).isEqualTo(272);
        int decoded = 0;
        try (FrameReader r = FrameReader.open(clip, FrameReader.Options.bgr())) {
            FrameReader.Picture p = new FrameReader.Picture();
            while (r.next(p)) {
                decoded++;
            }
        }
        assertThat(decoded).isEqualTo(50);
    }

    @Test
    void aYuv444pSourceInAnotherContainerBecomesYuv420pH264WithItsCutInPlace() throws IOException {
        Path odd = SyntheticVideo.write(
                dir.resolve("odd.mkv"),
                new SyntheticVideo.Format(
                        200, 100, "ffv1", org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV444P, "matroska"),
                60,
                30,
                List.of(30),
                false);
        Path clip = dir.resolve("odd-clip.mp4");

        new ClipTranscoder(TranscodeConfig.defaults()).transcode(odd, new Shot(20, 49), 30, clip, () -> false);

        VideoRecord probe = new Prober().probe(clip);
        assertThat(new Prober().probe(odd).pixelFormat()).isEqualTo("yuv444p");
        assertThat(probe.width()).isEqualTo(200);
        assertThat(probe.height()).isEqualTo(100);
        assertThat(probe.pixelFormat()).isEqualTo("yuv420p");
        assertThat(probe.frames()).isEqualTo(30L);
        List<Integer> shots = SyntheticVideo.decodedShots(clip);
        assertThat(shots.subList(0, 10)).containsOnly(0);
        assertThat(shots.subList(10, 30)).containsOnly(1);
    }

    @Test
    void anMpegTsSourceWithItsStartOffsetIsCutAtTheSameFramesAfterASeek() throws IOException {
        Path ts = SyntheticVideo.write(
                dir.resolve("cuts.ts"),
                new SyntheticVideo.Format(
                        160, 90, "libopenh264", org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P, "mpegts"),
                150,
                25,
                List.of(40, 100),
                false);
        Path clip = dir.resolve("ts-clip.mp4");

        new ClipTranscoder(TranscodeConfig.defaults()).transcode(ts, new Shot(95, 139), 25, clip, () -> false);

        assertThat(SyntheticVideo.decodedIndices(clip))
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(95, 139).boxed().toList());
        assertThat(SyntheticVideo.decodedShots(clip).subList(0, 5)).containsOnly(1);
        assertThat(SyntheticVideo.decodedShots(clip).subList(5, 45)).containsOnly(2);
    }
}
