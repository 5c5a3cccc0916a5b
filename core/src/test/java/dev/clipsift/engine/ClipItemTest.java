package dev.clipsift.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.InputRecord;
import dev.clipsift.model.Schema;
import dev.clipsift.model.SourceRef;
import dev.clipsift.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClipItemTest {
    private static VideoContext video(Map<String, String> errors) {
        InputRecord draft =
                new InputRecord(Schema.VERSION, "v", "a.mp4", "a.mp4", null, null, List.of(), null, errors, null, null);
        return new VideoContext(draft, null, false, 25);
    }

    @Test
    void aVideoWithoutClipsHasFailedOnlyWhenItHasErrors() {
        assertThat(ClipItem.noClips(video(Map.of())).failed())
                .as("all shots too short")
                .isFalse();
        assertThat(ClipItem.noClips(video(Map.of("probe.unreadable", "x"))).failed())
                .isTrue();
    }

    @Test
    void aClipHasFailedWhenItsRecordHasErrors() {
        ClipRecord r = ClipRecord.of("c", new SourceRef("a.mp4", "v", 64, 36, 25.0), Span.ofFrames(0, 49, 25), null);
        ClipItem item = new ClipItem(video(Map.of()), 0, r, Map.of());

        assertThat(item.failed()).isFalse();
        ClipItem bad = item.withError("transcode.failed", "disk said no");
        assertThat(bad.failed()).isTrue();
        assertThat(bad.record().status().state()).isEqualTo(dev.clipsift.model.Status.State.FAILED);
        assertThat(bad.record().status().reasons()).containsExactly("transcode.failed");
    }
}
