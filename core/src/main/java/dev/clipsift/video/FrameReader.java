package dev.clipsift.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_GRAY8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes a video's frames in order into packed pixel arrays, optionally scaled down by FFmpeg's swscale
 * on the way out (cheaper than scaling in Java). One reader per thread: FFmpeg grabbers are not thread-safe.
 */
public final class FrameReader implements AutoCloseable {

    /** Pixel layouts a reader can produce. */
    public enum Pixels {
        BGR(3, AV_PIX_FMT_BGR24), GRAY(1, AV_PIX_FMT_GRAY8);

        final int channels;
        final int avFormat;

        Pixels(int channels, int avFormat) {
            this.channels = channels;
            this.avFormat = avFormat;
        }
    }

    /**
     * How to decode. {@code maxWidth} 0 keeps the source size, otherwise frames wider than it are scaled
     * down to it (aspect kept, even height). {@code threads} 0 lets FFmpeg choose.
     */
    public record Options(Pixels pixels, int maxWidth, int threads) {
        public static Options bgr() {
            return new Options(Pixels.BGR, 0, 0);
        }

        public Options withMaxWidth(int w) {
            return new Options(pixels, w, threads);
        }

        public Options withThreads(int t) {
            return new Options(pixels, maxWidth, t);
        }
    }

    /** One decoded frame: reused between calls to {@link #next}; copy {@code data} to keep it. */
    public static final class Picture {
        public int index = -1;
        public double timeS;
        public int width;
        public int height;
        public int channels;
        public byte[] data = new byte[0];
    }

    private final FFmpegFrameGrabber grabber;
    private final Options options;
    private final int sourceWidth;
    private final int sourceHeight;
    private int width;
    private int height;
    private int index = -1;

    private FrameReader(FFmpegFrameGrabber grabber, Options options, int width, int height) {
        this.grabber = grabber;
        this.options = options;
        this.sourceWidth = grabber.getImageWidth();
        this.sourceHeight = grabber.getImageHeight();
        this.width = width;
        this.height = height;
    }

    public static FrameReader open(Path file, Options options) throws IOException {
        return open(file.toString(), options);
    }

    /** Opens anything FFmpeg reads by URL: a local path or an http(s)/presigned URL. */
    public static FrameReader open(String url, Options options) throws IOException {
        FFmpegLog.quiet();
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(url);
        g.setPixelFormat(options.pixels().avFormat);
        if (options.threads() > 0) {
            g.setVideoOption("threads", String.valueOf(options.threads()));
        }
        try {
            g.start();
            if (g.getImageWidth() <= 0 || g.getImageHeight() <= 0) {
                throw new IOException("no video stream in " + url);
            }
            int w = g.getImageWidth();
            int h = g.getImageHeight();
            if (options.maxWidth() > 0 && w > options.maxWidth()) {
                int nw = options.maxWidth() & ~1;
                int nh = Math.max(2, (int) Math.round(h * (double) nw / w) & ~1);
                g.setImageWidth(nw);
                g.setImageHeight(nh);
                w = nw;
                h = nh;
            }
            return new FrameReader(g, options, w, h);
        } catch (FrameGrabber.Exception e) {
            closeQuietly(g);
            throw new IOException("cannot decode " + url + ": " + e.getMessage(), e);
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The stream's coded size, before any scaling. */
    public int sourceWidth() {
        return sourceWidth;
    }

    public int sourceHeight() {
        return sourceHeight;
    }

    /** Pixel aspect ratio (1 for square pixels, also when the file does not say). */
    public double sampleAspectRatio() {
        double sar = grabber.getAspectRatio();
        return Double.isFinite(sar) && sar > 0 ? sar : 1.0;
    }

    /** The container's duration in seconds (0 when unknown). */
    public double durationS() {
        return Math.max(0, grabber.getLengthInTime()) / 1e6;
    }

    /**
     * From the next frame on, swscale every frame to exactly {@code w x h} (up or down; the caller picks a size
     * that keeps the aspect it wants). Overrides {@link Options#maxWidth()}.
     */
    public void scaleTo(int w, int h) {
        if (w <= 0 || h <= 0) {
            throw new IllegalArgumentException("size must be positive, got " + w + "x" + h);
        }
        grabber.setImageWidth(w);
        grabber.setImageHeight(h);
        width = w;
        height = h;
    }

    public double fps() {
        return grabber.getFrameRate();
    }

    /** The container's frame count (may be an estimate or 0 when unknown). */
    public int frameCountHint() {
        return grabber.getLengthInVideoFrames();
    }

    /** Decodes the next frame into {@code into}; false at the end of the stream. */
    public boolean next(Picture into) throws IOException {
        Frame f;
        try {
            f = grabber.grabImage();
        } catch (FrameGrabber.Exception e) {
            throw new IOException("decode failed after frame " + index + ": " + e.getMessage(), e);
        }
        if (f == null || f.image == null) {
            return false;
        }
        index++;
        int c = options.pixels().channels;
        int rowBytes = f.imageWidth * c;
        int size = rowBytes * f.imageHeight;
        if (into.data.length != size) {
            into.data = new byte[size];
        }
        ByteBuffer buf = (ByteBuffer) f.image[0];
        int stride = f.imageStride;
        if (stride == rowBytes) {
            buf.position(0);
            buf.get(into.data, 0, size);
        } else {
            for (int y = 0; y < f.imageHeight; y++) {
                buf.position(y * stride);
                buf.get(into.data, y * rowBytes, rowBytes);
            }
        }
        into.index = index;
        into.timeS = f.timestamp / 1e6;
        into.width = f.imageWidth;
        into.height = f.imageHeight;
        into.channels = c;
        return true;
    }

    /** Seeks so that the next frame is at or just after {@code seconds} (frame index then becomes unknown-relative). */
    public void seek(double seconds) throws IOException {
        try {
            grabber.setTimestamp(Math.round(seconds * 1e6), true);
        } catch (FrameGrabber.Exception e) {
            throw new IOException("seek failed: " + e.getMessage(), e);
        }
        index = (int) Math.round(seconds * Math.max(1e-9, fps())) - 1;
    }

    @Override
    public void close() {
        closeQuietly(grabber);
    }

    private static void closeQuietly(FFmpegFrameGrabber g) {
        try {
            g.close();
        } catch (FrameGrabber.Exception ignored) {
            // closing a half-opened grabber: nothing more to release
        }
    }
}
