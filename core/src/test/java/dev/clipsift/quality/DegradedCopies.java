package dev.clipsift.quality;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;

import dev.clipsift.TestVideos;
import dev.clipsift.video.FrameReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Degraded copies of the first frames of a real video, made at test time at the source's full size: blurred or
 * darkened (written losslessly with FFV1, so the degradation is all that differs from the source) or
 * re-compressed at a very low bitrate with MPEG-4 Part 2 (8x8 DCT blocks).
 */
final class DegradedCopies {
    private DegradedCopies() {}

    /** A pixel operation on one packed BGR frame, in place. */
    @FunctionalInterface
    interface Degradation {
        void apply(byte[] bgr, int width, int height);
    }

    static Path blurred(Path source, int frames, double sigma, Path out) throws IOException {
        return lossless(source, frames, out, (bgr, w, h) -> {
            try (Mat m = new Mat(h, w, CV_8UC3);
                    Mat b = new Mat();
                    Size k = new Size(0, 0)) {
                m.data().put(bgr);
                GaussianBlur(m, b, k, sigma);
                b.data().get(bgr);
            }
        });
    }

    static Path darkened(Path source, int frames, double factor, Path out) throws IOException {
        return lossless(source, frames, out, (bgr, w, h) -> {
            for (int i = 0; i < bgr.length; i++) {
                bgr[i] = (byte) Math.round((bgr[i] & 0xff) * factor);
            }
        });
    }

    /**
     * The first {@code frames} frames re-encoded with MPEG-4 Part 2 at {@code bitsPerSecond} and the coarsest
     * quantiser (31), so the blocks show even where the encoder would spend more than the bitrate on a frame.
     */
    static Path recompressed(Path source, int frames, int bitsPerSecond, Path out) throws IOException {
        return copy(source, frames, out, (bgr, w, h) -> {}, r -> r.codec(avcodec.AV_CODEC_ID_MPEG4)
                .format("mp4")
                .bitrate(bitsPerSecond)
                .quality(31));
    }

    private static Path lossless(Path source, int frames, Path out, Degradation d) throws IOException {
        return copy(
                source, frames, out, d, r -> r.codec("ffv1").format("matroska").pixelFormat(avutil.AV_PIX_FMT_YUV444P));
    }

    private interface Encoding {
        TestVideos.Recording configure(TestVideos.Recording r);
    }

    private static Path copy(Path source, int frames, Path out, Degradation d, Encoding encoding) throws IOException {
        try (FrameReader reader = FrameReader.open(source, FrameReader.Options.bgr())) {
            FrameReader.Picture p = new FrameReader.Picture();
            return encoding.configure(TestVideos.video(reader.width(), reader.height(), reader.fps(), frames))
                    .write(out, (i, bgr, w, h) -> {
                        try {
                            if (!reader.next(p)) {
                                throw new IllegalStateException(source + " has fewer than " + frames + " frames");
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        System.arraycopy(p.data, 0, bgr, 0, bgr.length);
                        d.apply(bgr, w, h);
                    });
        }
    }
}
