package dev.clipsift.split;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import dev.clipsift.video.FFmpegLog;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/** Writes small test videos with JavaCV's recorder: every frame painted by a {@link Painter}, MPEG-4 at high quality. */
final class SyntheticVideo {
    /** Paints frame {@code index} as packed BGR into {@code bgr} ({@code width * height * 3} bytes). */
    interface Painter {
        void paint(int index, byte[] bgr, int width, int height);
    }

    private SyntheticVideo() {}

    static Path write(Path file, int width, int height, double fps, int frames, Painter painter) throws Exception {
        FFmpegLog.quiet();
        try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(file.toFile(), width, height, 0)) {
            rec.setFormat("mp4");
            rec.setVideoCodec(AV_CODEC_ID_MPEG4);
            rec.setPixelFormat(AV_PIX_FMT_YUV420P);
            rec.setFrameRate(fps);
            rec.setGopSize(12);
            rec.setVideoQuality(2);
            rec.start();
            byte[] bgr = new byte[width * height * 3];
            Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
            ByteBuffer buf = (ByteBuffer) frame.image[0];
            for (int i = 0; i < frames; i++) {
                painter.paint(i, bgr, width, height);
                for (int y = 0; y < height; y++) {
                    buf.position(y * frame.imageStride);
                    buf.put(bgr, y * width * 3, width * 3);
                }
                buf.position(0);
                rec.record(frame);
            }
            rec.stop();
        }
        return file;
    }

    /**
     * Shot {@code shot}'s look at frame {@code index} between rows {@code top} and {@code bottom}: a colour
     * gradient whose hue depends on the shot, striped vertically in even shots and horizontally in odd ones,
     * with a bright square drifting one pixel a frame, so frames within a shot differ a little and shots a lot.
     */
    static void paintShot(int shot, int index, byte[] bgr, int width, int top, int bottom, double brightness) {
        int[][] palette = {{40, 90, 200}, {200, 160, 30}, {60, 200, 80}, {180, 60, 170}, {30, 30, 120}, {220, 220, 220}};
        int[] c = palette[shot % palette.length];
        int sq = 12;
        int sx = (5 + index) % (width - sq);
        int sy = top + (bottom - top - sq) / 2;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < width; x++) {
                boolean stripe = ((shot % 2 == 0 ? x : y) / 8) % 2 == 0;
                double g = (0.6 + 0.4 * x / width) * (stripe ? 0.75 : 1.0);
                boolean inSquare = x >= sx && x < sx + sq && y >= sy && y < sy + sq;
                int p = (y * width + x) * 3;
                for (int ch = 0; ch < 3; ch++) {
                    double v = inSquare ? 255 - c[ch] / 2.0 : c[ch] * g;
                    bgr[p + ch] = (byte) Math.round(Math.min(255, v * brightness));
                }
            }
        }
    }
}
