package dev.clipsift.app.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.probe.ProbeFailure;
import dev.clipsift.probe.VideoRecord;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetailViewModelTest {
    @Test
    void listsEveryFieldThatHasAValueWithAReadableLabel() {
        VideoRecord r = new VideoRecord(
                "/v/a.mp4",
                true,
                null,
                null,
                1_500_000L,
                0L,
                "mp4",
                "h264",
                "yuv420p",
                640,
                272,
                0,
                25.0,
                "25/1",
                "25/1",
                10.0,
                250L,
                true,
                407_000L,
                null,
                null,
                null);

        var rows = new DetailViewModel(r, () -> null).rows();

        long nonNull = java.util.Arrays.stream(VideoRecord.class.getRecordComponents())
                .filter(c -> {
                    try {
                        return c.getAccessor().invoke(r) != null;
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
        assertThat(rows).hasSize((int) nonNull);
        assertThat(rows)
                .contains(
                        Map.entry("Codec", "h264"),
                        Map.entry("Duration", "10.0 s"),
                        Map.entry("Pixel format", "yuv420p"),
                        Map.entry("Size", "1.5 MB (1500000 bytes)"),
                        Map.entry("Frame rate", "25 fps"),
                        Map.entry("Bitrate", "407 kbit/s"));
    }

    @Test
    void anUnreadableFileShowsItsReason() {
        VideoRecord r = VideoRecord.failed("/v/b.mp4", 10L, 0L, ProbeFailure.UNREADABLE, "cannot open: Invalid data");

        assertThat(new DetailViewModel(r, () -> null).rows())
                .contains(Map.entry("Readable", "no"), Map.entry("Error", "cannot open: Invalid data"));
    }
}
