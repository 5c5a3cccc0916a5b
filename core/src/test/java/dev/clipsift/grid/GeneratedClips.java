package dev.clipsift.grid;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/** Small test videos written at test time with FFmpegFrameRecorder (MPEG-4 part 2: fast, in every build). */
final class GeneratedClips {
    private GeneratedClips() {}

    /** Paints frame {@code index} into a packed BGR buffer of {@code w x h}. */
    @FunctionalInterface
    interface Painter {
        void paint(int index, byte[] bgr, int w, int h);
    }

    static Path write(Path file, int w, int h, double fps, int frames, Painter painter) throws Exception {
        try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), w, h, 0);
                Frame frame = new Frame(w, h, Frame.DEPTH_UBYTE, 3)) {
            r.setFormat("mp4");
            r.setVideoCodec(AV_CODEC_ID_MPEG4);
            r.setPixelFormat(AV_PIX_FMT_YUV420P);
            r.setFrameRate(fps);
            r.setVideoQuality(2);
            r.start();
            byte[] bgr = new byte[w * h * 3];
            ByteBuffer buf = (ByteBuffer) frame.image[0];
            for (int i = 0; i < frames; i++) {
                painter.paint(i, bgr, w, h);
                for (int y = 0; y < h; y++) {
                    buf.put(y * frame.imageStride, bgr, y * w * 3, w * 3);
                }
                r.record(frame);
            }
            r.stop();
        }
        return file;
    }

    /** Every pixel of frame i is grey level {@code levelOf(i)}. */
    static Painter grey(java.util.function.IntUnaryOperator levelOf) {
        return (i, bgr, w, h) -> java.util.Arrays.fill(bgr, (byte) levelOf.applyAsInt(i));
    }
}
