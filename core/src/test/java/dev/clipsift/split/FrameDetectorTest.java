package dev.clipsift.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameDetectorTest {
    @TempDir
    Path dir;

    private static boolean decoderThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("decode-ahead") && t.isAlive());
    }

    @Test
    void cancellingStopsBetweenFramesAndLeavesNoDecoderThreadBehind() throws Exception {
        Path video = SyntheticVideo.write(
                dir.resolve("v.mp4"),
                64,
                36,
                25,
                60,
                (i, bgr, w, h) -> SyntheticVideo.paintShot(0, i, bgr, w, 0, h, 1.0));
        AtomicInteger seen = new AtomicInteger();
        ShotSplitter content = ShotSplitters.create(new SplitConfig("content", Map.of()));
        assertThatThrownBy(() -> content.split(video, () -> seen.get() >= 10, seen::set))
                .isInstanceOf(CancellationException.class)
                .hasMessageContaining("v.mp4");
        assertThat(seen.get()).isEqualTo(10);
        assertThat(decoderThreadsAlive()).isFalse();
    }

    @Test
    void progressCountsEveryFrame() throws Exception {
        Path video = SyntheticVideo.write(
                dir.resolve("v.mp4"),
                64,
                36,
                25,
                30,
                (i, bgr, w, h) -> SyntheticVideo.paintShot(0, i, bgr, w, 0, h, 1.0));
        AtomicInteger seen = new AtomicInteger();
        ShotSplitter.SplitResult r =
                ShotSplitters.create(new SplitConfig("threshold", Map.of())).split(video, () -> false, seen::set);
        assertThat(seen.get()).isEqualTo(30).isEqualTo(r.frames());
    }

    @Test
    void aFileThatIsNotAVideoFailsWithAnIOExceptionNamingIt() throws IOException {
        Path junk = Files.writeString(dir.resolve("notes.mp4"), "not a video at all");
        for (String algorithm : new String[] {"content", "adaptive", "threshold"}) {
            assertThatThrownBy(() -> ShotSplitters.create(new SplitConfig(algorithm, Map.of()))
                            .split(junk, () -> false))
                    .as(algorithm)
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("notes.mp4");
        }
        assertThat(decoderThreadsAlive()).isFalse();
    }
}
