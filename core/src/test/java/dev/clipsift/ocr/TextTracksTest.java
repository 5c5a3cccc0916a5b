package dev.clipsift.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Box overlap, matching boxes into tracks over frames, and the overlay rule on those tracks. */
class TextTracksTest {
    private static final OverlayRule RULE = new OverlayRule(0.9, 3, 0.1);

    private static TextBox box(double x, double y, double w, double h) {
        return new TextBox(x, y, w, h, 0.8);
    }

    /** Frame numbers of samples taken every {@code step} source frames. */
    private static int[] every(int step, int count) {
        int[] f = new int[count];
        for (int i = 0; i < count; i++) {
            f[i] = i * step;
        }
        return f;
    }

    @Test
    void iouIsOneForTheSameBoxZeroApartAndTheOverlapShareInBetween() {
        TextBox a = box(0, 0, 100, 10);
        assertThat(a.iou(a)).isEqualTo(1.0);
        assertThat(a.iou(box(200, 0, 100, 10))).isZero();
        assertThat(a.iou(box(50, 0, 100, 10))).isCloseTo(500.0 / 1500, within(1e-9));
        assertThat(a.iou(box(0, 1, 100, 10))).isCloseTo(900.0 / 1100, within(1e-9));
    }

    @Test
    void cornerZonesAreATenthOfWidthAndHeightAtEachCorner() {
        assertThat(box(5, 340, 40, 12).inCorner(640, 360, 0.1)).isTrue();
        assertThat(box(600, 5, 30, 10).inCorner(640, 360, 0.1)).isTrue();
        assertThat(box(300, 340, 40, 12).inCorner(640, 360, 0.1))
                .as("bottom centre")
                .isFalse();
        assertThat(box(5, 170, 40, 12).inCorner(640, 360, 0.1))
                .as("left middle")
                .isFalse();
        assertThat(box(5, 340, 40, 12).inCorner(640, 360, 0)).as("margin 0").isFalse();
    }

    @Test
    void aStaticLineIsOneStableTrackAndAnOverlay() {
        List<List<TextBox>> frames = List.of(
                List.of(box(40, 300, 330, 23), box(440, 300, 160, 22)),
                List.of(box(440, 300, 164, 22), box(40, 298, 335, 25)),
                List.of(box(40, 298, 335, 25), box(441, 300, 164, 22)),
                List.of(box(40, 298, 335, 25)));
        List<TextTracks.Track> tracks = TextTracks.match(frames, every(13, 4));

        assertThat(tracks).hasSize(2);
        TextTracks.Track line = tracks.get(0);
        assertThat(line.seen()).extracting(TextTracks.Seen::sample).containsExactly(0, 1, 2, 3);
        assertThat(line.spanFrames()).isEqualTo(40);
        assertThat(line.stability()).isGreaterThan(0.9);
        assertThat(tracks.get(1).seen()).hasSize(3);
        assertThat(tracks)
                .allSatisfy(t -> assertThat(RULE.overlay(t, 4, 640, 360)).isTrue());
    }

    @Test
    void movingTextMakesTracksThatAreNoOverlay() {
        List<List<TextBox>> fast = List.of(
                List.of(box(0, 150, 200, 20)), List.of(box(250, 150, 200, 20)), List.of(box(500, 150, 200, 20)));
        List<TextTracks.Track> jumps = TextTracks.match(fast, every(13, 3));
        assertThat(jumps).as("no overlap: a new track each frame").hasSize(3);
        assertThat(jumps).noneMatch(t -> RULE.overlay(t, 3, 800, 360));

        List<List<TextBox>> crawl = List.of(
                List.of(box(100, 150, 300, 20)),
                List.of(box(130, 150, 300, 20)),
                List.of(box(160, 150, 300, 20)),
                List.of(box(190, 150, 300, 20)));
        List<TextTracks.Track> slow = TextTracks.match(crawl, every(13, 4));
        assertThat(slow).as("overlapping: followed as one track").hasSize(1);
        assertThat(slow.get(0).stability()).isLessThan(0.9);
        assertThat(RULE.overlay(slow.get(0), 4, 640, 360))
                .as("but it does not stay put")
                .isFalse();
    }

    @Test
    void aTrackTakesOneBoxPerFrameAndEachBoxItsBestTrack() {
        List<List<TextBox>> frames = List.of(
                List.of(box(0, 0, 100, 20), box(0, 100, 100, 20)),
                List.of(box(0, 2, 100, 20), box(0, 98, 100, 20), box(0, 1, 100, 20)));
        List<TextTracks.Track> tracks = TextTracks.match(frames, every(10, 2));
        assertThat(tracks).hasSize(3);
        assertThat(tracks.get(0).seen()).hasSize(2);
        assertThat(tracks.get(1).seen()).hasSize(2);
        assertThat(tracks.get(1).last().box().y()).isEqualTo(98);
        assertThat(tracks.get(2).seen())
                .as("the duplicate starts its own track")
                .hasSize(1);
    }

    @Test
    void persistenceNeedsMinFramesSpanningTenSourceFramesAndCornersNeedTwo() {
        TextBox centre = box(300, 330, 40, 12);
        TextBox corner = box(5, 340, 40, 12);
        assertThat(RULE.overlay(track(centre, 0, 13), 6, 640, 360))
                .as("2 of 6 frames")
                .isFalse();
        assertThat(RULE.overlay(track(centre, 0, 13, 26), 6, 640, 360)).isTrue();
        assertThat(RULE.overlay(track(centre, 0, 13), 2, 640, 360))
                .as("all a short clip gave")
                .isTrue();
        assertThat(RULE.overlay(track(centre, 0, 3, 6), 3, 640, 360))
                .as("7 source frames")
                .isFalse();
        assertThat(RULE.overlay(track(centre, 0), 1, 640, 360))
                .as("one sighting never")
                .isFalse();
        assertThat(RULE.overlay(track(corner, 0, 13), 6, 640, 360))
                .as("corner: 2 suffice")
                .isTrue();
        assertThat(new OverlayRule(0.9, 3, 0).overlay(track(corner, 0, 13), 6, 640, 360))
                .as("corner rule off")
                .isFalse();
    }

    @Test
    void theRuleRejectsSettingsOutOfRange() {
        assertThatThrownBy(() -> new OverlayRule(0, 3, 0.1)).hasMessageContaining("stability_iou");
        assertThatThrownBy(() -> new OverlayRule(0.9, 1, 0.1)).hasMessageContaining("min_frames");
        assertThatThrownBy(() -> new OverlayRule(0.9, 3, 0.5)).hasMessageContaining("corner_margin");
    }

    private static TextTracks.Track track(TextBox b, int... frames) {
        List<TextTracks.Seen> seen = new java.util.ArrayList<>();
        for (int i = 0; i < frames.length; i++) {
            seen.add(new TextTracks.Seen(i, frames[i], b));
        }
        return new TextTracks.Track(seen);
    }
}
