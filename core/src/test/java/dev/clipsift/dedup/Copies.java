package dev.clipsift.dedup;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import dev.clipsift.TestVideos;
import dev.clipsift.video.FFmpegLog;
import dev.clipsift.video.FrameReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Planted copies of a video for the dedup tests, made in-process: the decoded frames re-encoded with another
 * codec and quality, resized, cropped or started later, and a re-mux (the same packets in another container).
 */
final class Copies {
    private final List<byte[]> frames = new ArrayList<>();
    private final int width;
    private final int height;
    private final double fps;

    private Copies(Path video) throws IOException {
        try (FrameReader r = FrameReader.open(video, FrameReader.Options.bgr())) {
            FrameReader.Picture p = new FrameReader.Picture();
            while (r.next(p)) {
                frames.add(p.data.clone());
            }
            width = r.width();
            height = r.height();
            fps = r.fps();
        }
    }

    static Copies of(Path video) throws IOException {
        return new Copies(video);
    }

    /** Every frame again in H.264 (OpenH264): a re-encode at the encoder's own settings. */
    Path reencoded(Path out) throws IOException {
        return write(out, frames, width, height, "libopenh264", -1);
    }

    /** Every frame in MPEG-4 part 2 at quantiser {@code q} (2 good, 31 worst): a lossier re-encode. */
    Path lossy(Path out, double q) throws IOException {
        return write(out, frames, width, height, null, q);
    }

    /** Every frame scaled by {@code scale} (area interpolation), sides rounded to even. */
    Path resized(Path out, double scale) throws IOException {
        int w = (int) Math.round(width * scale / 2) * 2;
        int h = (int) Math.round(height * scale / 2) * 2;
        List<byte[]> scaled = new ArrayList<>();
        for (byte[] f : frames) {
            byte[] o = new byte[w * h * 3];
            try (Mat src = new Mat(height, width, CV_8UC3);
                    Mat dst = new Mat();
                    Size size = new Size(w, h)) {
                src.data().put(f);
                resize(src, dst, size, 0, 0, INTER_AREA);
                dst.data().get(o);
            }
            scaled.add(o);
        }
        return write(out, scaled, w, h, "libopenh264", -1);
    }

    /** Every frame without {@code fraction} of its width and height on each side (sides kept even). */
    Path cropped(Path out, double fraction) throws IOException {
        int dx = (int) Math.round(width * fraction);
        int dy = (int) Math.round(height * fraction);
        int w = (width - 2 * dx) / 2 * 2;
        int h = (height - 2 * dy) / 2 * 2;
        List<byte[]> cut = new ArrayList<>();
        for (byte[] f : frames) {
            byte[] o = new byte[w * h * 3];
            for (int y = 0; y < h; y++) {
                System.arraycopy(f, ((y + dy) * width + dx) * 3, o, y * w * 3, w * 3);
            }
            cut.add(o);
        }
        return write(out, cut, w, h, "libopenh264", -1);
    }

    /** The video without its first {@code skip} frames. */
    Path shifted(Path out, int skip) throws IOException {
        return write(out, frames.subList(skip, frames.size()), width, height, "libopenh264", -1);
    }

    /** The same packets in another container ({@code format}, e.g. {@code matroska}): nothing re-encoded. */
    static Path remuxed(Path video, Path out, String format) throws IOException {
        FFmpegLog.quiet();
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(video.toFile())) {
            g.start();
            try (FFmpegFrameRecorder r =
                    new FFmpegFrameRecorder(out.toFile(), g.getImageWidth(), g.getImageHeight(), 0)) {
                r.setFormat(format);
                r.start(g.getFormatContext());
                AVPacket packet;
                while ((packet = g.grabPacket()) != null) {
                    if (packet.stream_index() == g.getVideoStream()) {
                        r.recordPacket(packet);
                    }
                }
                r.stop();
            }
            g.stop();
        }
        return out;
    }

    private Path write(Path out, List<byte[]> pictures, int w, int h, String codec, double q) throws IOException {
        TestVideos.Recording rec = TestVideos.video(w, h, fps, pictures.size());
        if (codec != null) {
            rec.codec(codec);
        } else {
            rec.codec(avcodec.AV_CODEC_ID_MPEG4).quality(q);
        }
        return rec.write(out, (i, bgr, pw, ph) -> System.arraycopy(pictures.get(i), 0, bgr, 0, bgr.length));
    }
}
