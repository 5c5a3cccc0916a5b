package dev.clipsift.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;

import dev.clipsift.TestVideos;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.video.FFmpegLog;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UprightReaderTest {
    private static final int W = 160;
    private static final int H = 90;

    static {
        FFmpegLog.quiet();
    }

    @TempDir
    Path tmp;

    /** A blue video with a red block in its stored top-left corner, tagged with a display rotation. */
    private Path video(double displayRotation) throws IOException {
        Path p = tmp.resolve("rot" + (int) displayRotation + ".mp4");
        return TestVideos.video(W, H, 10, 5)
                .codec(AV_CODEC_ID_MPEG4)
                .bitrate(400_000)
                .rotation(displayRotation)
                .write(p, (i, bgr, w, h) -> {
                    for (int y = 0; y < h; y++) {
                        for (int x = 0; x < w; x++) {
                            boolean marker = x < 40 && y < 30;
                            int o = (y * w + x) * 3;
                            bgr[o] = (byte) (marker ? 0 : 200);
                            bgr[o + 2] = (byte) (marker ? 220 : 0);
                        }
                    }
                });
    }

    @ParameterizedTest(name = "display rotation {0}")
    @ValueSource(doubles = {0, 90, -90, 180})
    void framesComeOutUprightTheWayTheProbeSaysTheVideoIsShown(double displayRotation) throws IOException {
        Path file = video(displayRotation);
        VideoRecord probed = new Prober().probe(file);
        int turn = probed.rotation();
        if (displayRotation != 0) {
            assertThat(turn).as("the test video carries a rotation").isNotZero();
        }

        BgraFrame f;
        try (UprightReader reader = UprightReader.open(file, 320, 320)) {
            f = reader.next();
        }

        assertThat(f.width()).isEqualTo(probed.displayWidth());
        assertThat(f.height()).isEqualTo(probed.displayHeight());
        int nearX = 5;
        int farX = f.width() - 6;
        int nearY = 5;
        int farY = f.height() - 6;
        int[] corner =
                switch (turn) {
                    case 90 -> new int[] {farX, nearY};
                    case 180 -> new int[] {farX, farY};
                    case 270 -> new int[] {nearX, farY};
                    default -> new int[] {nearX, nearY};
                };
        assertThat(red(f, corner[0], corner[1]))
                .as("the marker is in the corner the rotation moves it to")
                .isTrue();
        assertThat(red(f, f.width() - 1 - corner[0], f.height() - 1 - corner[1]))
                .isFalse();
    }

    private static boolean red(BgraFrame f, int x, int y) {
        int o = (y * f.width() + x) * 4;
        int b = f.pixels()[o] & 0xff;
        int r = f.pixels()[o + 2] & 0xff;
        return r > 150 && b < 80;
    }
}
