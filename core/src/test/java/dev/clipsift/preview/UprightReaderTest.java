package dev.clipsift.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.video.FFmpegLog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameReaderTest {
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
        try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(p.toFile(), W, H, 0)) {
            rec.setFormat("mp4");
            rec.setVideoCodec(AV_CODEC_ID_MPEG4);
            rec.setPixelFormat(AV_PIX_FMT_YUV420P);
            rec.setFrameRate(10);
            rec.setVideoBitrate(400_000);
            rec.setDisplayRotation(displayRotation);
            rec.start();
            byte[] bgr = new byte[W * H * 3];
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    boolean marker = x < 40 && y < 30;
                    int o = (y * W + x) * 3;
                    bgr[o] = (byte) (marker ? 0 : 200);
                    bgr[o + 2] = (byte) (marker ? 220 : 0);
                }
            }
            for (int i = 0; i < 5; i++) {
                rec.recordImage(W, H, Frame.DEPTH_UBYTE, 3, W * 3, AV_PIX_FMT_BGR24, ByteBuffer.wrap(bgr));
            }
            rec.stop();
        }
        return p;
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
        int[] corner = switch (turn) {
            case 90 -> new int[] {farX, nearY};
            case 180 -> new int[] {farX, farY};
            case 270 -> new int[] {nearX, farY};
            default -> new int[] {nearX, nearY};
        };
        assertThat(red(f, corner[0], corner[1])).as("the marker is in the corner the rotation moves it to").isTrue();
        assertThat(red(f, f.width() - 1 - corner[0], f.height() - 1 - corner[1])).isFalse();
    }

    private static boolean red(BgraFrame f, int x, int y) {
        int o = (y * f.width() + x) * 4;
        int b = f.pixels()[o] & 0xff;
        int r = f.pixels()[o + 2] & 0xff;
        return r > 150 && b < 80;
    }
}
