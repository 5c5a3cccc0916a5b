package dev.clipsift.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.io.SizeCappedFolder;
import dev.clipsift.video.FFmpegLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview cache's size limit, with real (tiny) MJPEG previews written and read back. */
class PreviewCacheTest {
    static {
        FFmpegLog.quiet();
    }

    @TempDir
    Path dir;

    /** Three 32x18 frames, the same for every video, so each preview file has the same size. */
    private static PreviewFrames preview() {
        int shade = 40;
        List<BgraFrame> frames = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            byte[] px = new byte[32 * 18 * 4];
            for (int j = 0; j < px.length; j++) {
                px[j] = (byte) (j % 4 == 3 ? 255 : shade + 10 * i + j % 7);
            }
            frames.add(new BgraFrame(32, 18, px, i * 0.1));
        }
        return new PreviewFrames(32, 18, 100, frames);
    }

    private Path write(PreviewCache cache, String video, int hoursAgo) throws IOException {
        Path p = cache.fileFor(video, 1, 1, PreviewSpec.TILE);
        cache.write(p, preview());
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(hoursAgo, ChronoUnit.HOURS)));
        return p;
    }

    @Test
    void aPreviewReadBackIsKeptWhileTheLeastRecentlyUsedOneIsEvictedByTheNextWrite() throws IOException {
        Path probeSize = dir.resolve("probe");
        PreviewCache sizing = new PreviewCache(probeSize, Long.MAX_VALUE);
        Path sample = sizing.fileFor("x", 1, 1, PreviewSpec.TILE);
        sizing.write(sample, preview());
        long one = Files.size(sample);

        PreviewCache cache = new PreviewCache(dir.resolve("previews"), 2 * one + one / 2);
        Path first = write(cache, "/v/a.mp4", 5);
        Path second = write(cache, "/v/bb.mp4", 4);

        assertThat(cache.read(first, PreviewSpec.TILE)).isNotNull();
        Path third = cache.fileFor("/v/ccc.mp4", 1, 1, PreviewSpec.TILE);
        cache.write(third, preview());

        assertThat(first).as("read just now").exists();
        assertThat(second).as("least recently used").doesNotExist();
        assertThat(third).as("just written").exists();
        assertThat(cache.read(second, PreviewSpec.TILE)).isNull();
    }

    @Test
    void withoutTheEnvironmentVariableTheLimitIsTwoGibibytes() {
        Assumptions.assumeTrue(System.getenv(PreviewCache.LIMIT_ENV) == null);
        assertThat(SizeCappedFolder.limitFromEnv(PreviewCache.LIMIT_ENV, PreviewCache.DEFAULT_LIMIT_MB))
                .isEqualTo(2L * 1024 * 1024 * 1024);
    }
}
