package dev.clipsift.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.probe.ProbeFailure;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DatasetStatsTest {
    private static VideoRecord video(String path, int w, int h, double fps, double duration, long size, String codec) {
        return new VideoRecord(
                path, true, null, null, size, 0L, "mp4", codec, "yuv420p", w, h, 0, fps, null, null, duration, null,
                null, null, null, null, null);
    }

    @Test
    void countsEveryReadableVideoOnceInEachChartAndTheUnreadableApart() {
        List<VideoRecord> records = List.of(
                video("a.mp4", 1920, 1080, 25, 1.5, 50_000, "h264"),
                video("b.mp4", 1920, 1080, 29.97, 12, 2_000_000, "h264"),
                video("c.mp4", 720, 1280, 30, 70, 20_000_000, "hevc"),
                VideoRecord.failed("d.mp4", 10L, 0L, ProbeFailure.UNREADABLE, "cannot open: Invalid data"));

        DatasetStats s = DatasetStats.of(records);

        assertThat(s.total()).isEqualTo(4);
        assertThat(s.unreadable()).isEqualTo(1);
        assertThat(s.durations().stream().mapToLong(Bin::count).sum()).isEqualTo(3);
        assertThat(s.sizes().stream().mapToLong(Bin::count).sum()).isEqualTo(3);
        assertThat(s.durations())
                .filteredOn(b -> b.count() > 0)
                .extracting(Bin::label)
                .containsExactly("< 2 s", "10-30 s", "1-5 min");
        assertThat(s.resolutions())
                .containsExactly(java.util.Map.entry("1920x1080", 2L), java.util.Map.entry("720x1280", 1L));
        assertThat(s.frameRates()).containsOnlyKeys("25", "29.97", "30");
        assertThat(s.codecs()).containsEntry("h264", 2L).containsEntry("hevc", 1L);
        assertThat(s.aspectRatios()).containsEntry("16:9", 2L).containsEntry("9:16", 1L);
        assertThat(s.totalDurationS()).isEqualTo(83.5);
        assertThat(s.totalBytes()).isEqualTo(22_050_010L);
    }

    @Test
    void theSharedVideosAreAllReadableAndCountedByTheirProbedCodec() {
        Prober prober = new Prober();
        List<VideoRecord> records = Stream.of("bikes.mp4", "fades.mp4", "testvideo.mp4")
                .map(n -> prober.probe(TestData.video(n)))
                .toList();

        DatasetStats s = DatasetStats.of(records);

        assertThat(s.unreadable()).isZero();
        assertThat(s.codecs().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(3);
        assertThat(s.codecs()).containsKey(records.get(0).codec());
    }
}
