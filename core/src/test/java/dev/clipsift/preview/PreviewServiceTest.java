package dev.clipsift.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServiceTest {
    @TempDir
    Path tmp;

    private PreviewService service() {
        return new PreviewService(new PreviewCache(tmp.resolve("previews")), PreviewSpec.TILE);
    }

    private long cachedFiles() throws IOException {
        Path dir = tmp.resolve("previews");
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".mkv")).count();
        }
    }

    @Test
    void aPreviewHoldsSmallFramesThatFitTheTileAndKeepTheAspectRatio() throws IOException {
        Path bikes = tmp.resolve("bikes.mp4");
        Files.copy(TestData.video("bikes.mp4"), bikes);

        PreviewFrames p = service().get(bikes, () -> false);

        assertThat(p.frames()).hasSize(PreviewSpec.TILE.maxFrames());
        assertThat(p.width()).isLessThanOrEqualTo(PreviewSpec.TILE.maxWidth());
        assertThat(p.height()).isLessThanOrEqualTo(PreviewSpec.TILE.maxHeight());
        assertThat(p.width() / (double) p.height()).isCloseTo(640 / 272.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(p.frameIntervalMs()).isBetween(150L, 250L);
        BgraFrame first = p.frames().get(0);
        assertThat(first.pixels()).hasSize(first.width() * first.height() * 4);
        assertThat(first.pixels()[3]).isEqualTo((byte) 255);
    }

    @Test
    void theSecondRequestIsReadFromTheDiskCacheWithTheSameFrames() throws IOException {
        Path bikes = tmp.resolve("bikes.mp4");
        Files.copy(TestData.video("bikes.mp4"), bikes);
        PreviewFrames made = service().get(bikes, () -> false);
        assertThat(cachedFiles()).isEqualTo(1);

        PreviewFrames again = service().get(bikes, () -> false);

        assertThat(cachedFiles()).isEqualTo(1);
        assertThat(again.frames()).hasSameSizeAs(made.frames());
        assertThat(again.width()).isEqualTo(made.width());
        assertThat(again.height()).isEqualTo(made.height());
        assertThat(again.frameIntervalMs()).isCloseTo(made.frameIntervalMs(), org.assertj.core.data.Offset.offset(2L));
        int meanDiff = meanAbsDiff(
                made.frames().get(10).pixels(), again.frames().get(10).pixels());
        assertThat(meanDiff)
                .as("JPEG round trip stays close to the decoded frame")
                .isLessThan(12);
    }

    @Test
    void aChangedFileGetsANewPreview() throws IOException {
        Path bikes = tmp.resolve("bikes.mp4");
        Files.copy(TestData.video("bikes.mp4"), bikes);
        service().get(bikes, () -> false);

        Files.setLastModifiedTime(
                bikes, FileTime.fromMillis(Files.getLastModifiedTime(bikes).toMillis() - 60_000));
        service().get(bikes, () -> false);

        assertThat(cachedFiles()).isEqualTo(2);
    }

    @Test
    void anUnreadableFileFailsWithAOneLineReasonAndLeavesNoCacheEntry() throws IOException {
        Path broken = tmp.resolve("broken.mp4");
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Files.write(broken, junk);

        assertThatThrownBy(() -> service().get(broken, () -> false))
                .isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("\n"));
        assertThat(cachedFiles()).isZero();
    }

    @Test
    void aCancelledRequestStopsAndLeavesNoCacheEntry() throws IOException {
        Path bikes = tmp.resolve("bikes.mp4");
        Files.copy(TestData.video("bikes.mp4"), bikes);

        assertThatThrownBy(() -> service().get(bikes, () -> true)).isInstanceOf(CancellationException.class);
        assertThat(cachedFiles()).isZero();
    }

    private static int meanAbsDiff(byte[] a, byte[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs((a[i] & 0xff) - (b[i] & 0xff));
        }
        return (int) (sum / a.length);
    }
}
