package dev.clipsift.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_GRAY8;
import static org.bytedeco.ffmpeg.global.swscale.SWS_AREA;
import static org.bytedeco.ffmpeg.global.swscale.SWS_POINT;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        BGR(3, AV_PIX_FMT_BGR24),
        BGRA(4, AV_PIX_FMT_BGRA),
        GRAY(1, AV_PIX_FMT_GRAY8);

        final int channels;
        final int avFormat;

        Pixels(int channels, int avFormat) {
            this.channels = channels;
            this.avFormat = avFormat;
        }
    }

    /**
     * How to decode. {@code maxWidth} 0 keeps the source size, otherwise frames wider than it are scaled
     * down to it (aspect kept, even height). {@code downscale} above 1 divides both sides by that factor
     * (rounded) by point sampling, as PySceneDetect's OpenCV resize does at odd factors (one source pixel
     * per output pixel; a filter would smear the chroma of near-black frames into false colour); 0 picks the
     * factor PySceneDetect's auto-downscale picks ({@code width / 256}, so about 256 px wide); it applies
     * before {@code maxWidth}. {@code threads} 0 lets FFmpeg choose.
     */
    public record Options(Pixels pixels, int maxWidth, int threads, int downscale) {
        /** PySceneDetect's auto-downscale aims at frames about this wide. */
        public static final int AUTO_DOWNSCALE_WIDTH = 256;

        public Options {
            if (maxWidth < 0 || threads < 0 || downscale < 0) {
                throw new IllegalArgumentException("maxWidth, threads and downscale must be 0 or more");
            }
        }

        public Options(Pixels pixels, int maxWidth, int threads) {
            this(pixels, maxWidth, threads, 1);
        }

        public static Options bgr() {
            return new Options(Pixels.BGR, 0, 0, 1);
        }

        public Options withMaxWidth(int w) {
            return new Options(pixels, w, threads, downscale);
        }

        public Options withThreads(int t) {
            return new Options(pixels, maxWidth, t, downscale);
        }

        public Options withDownscale(int factor) {
            return new Options(pixels, maxWidth, threads, factor);
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

    private static final Pattern FFMPEG_ERROR = Pattern.compile("(\\w+)\\(\\) error (-?\\d+)");

    private final FFmpegFrameGrabber grabber;
    private final Options options;
    private final int sourceWidth;
    private final int sourceHeight;
    private int width;
    private int height;
    private int index = -1;

    private FrameReader(
            FFmpegFrameGrabber grabber, Options options, int sourceWidth, int sourceHeight, int width, int height) {
        this.grabber = grabber;
        this.options = options;
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
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
                closeQuietly(g);
                throw new IOException("no video stream in " + url);
            }
            int sourceWidth = g.getImageWidth();
            int sourceHeight = g.getImageHeight();
            int w = sourceWidth;
            int h = sourceHeight;
            int factor = options.downscale() == 0 ? Math.max(1, w / Options.AUTO_DOWNSCALE_WIDTH) : options.downscale();
            if (factor > 1) {
                w = Math.max(1, (int) Math.rint(w / (double) factor));
                h = Math.max(1, (int) Math.rint(h / (double) factor));
                g.setImageWidth(w);
                g.setImageHeight(h);
                g.setImageScalingFlags(SWS_POINT);
            }
            if (options.maxWidth() > 0 && w > options.maxWidth()) {
                int nw = options.maxWidth() & ~1;
                int nh = Math.max(2, (int) Math.round(h * (double) nw / w) & ~1);
                g.setImageWidth(nw);
                g.setImageHeight(nh);
                w = nw;
                h = nh;
            }
            return new FrameReader(g, options, sourceWidth, sourceHeight, w, h);
        } catch (FrameGrabber.Exception e) {
            closeQuietly(g);
            throw new IOException("cannot decode " + url + ": " + reason(e), e);
        }
    }

    /** The stream's own frame width, before any scaling. */
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

    /** The display rotation the file asks for, in FFmpeg's sense (degrees counter-clockwise; 0 when none). */
    public double displayRotation() {
        double r = grabber.getDisplayRotation();
        return Double.isNaN(r) ? 0 : r;
    }

    /** The container's duration in seconds (0 when unknown). */
    public double durationS() {
        return Math.max(0, grabber.getLengthInTime()) / 1e6;
    }

    /**
     * From the next frame on, swscale every frame to exactly {@code w x h} (up or down; the caller picks a size
     * that keeps the aspect it wants) with area averaging, for pictures people look at (grid tiles, previews):
     * as sharp as OpenCV's INTER_AREA, without the softness of bilinear. Overrides {@link Options#maxWidth()}.
     */
    public void scaleTo(int w, int h) {
        if (w <= 0 || h <= 0) {
            throw new IllegalArgumentException("size must be positive, got " + w + "x" + h);
        }
        grabber.setImageWidth(w);
        grabber.setImageHeight(h);
        grabber.setImageScalingFlags(SWS_AREA);
        width = w;
        height = h;
    }

    /** The width of the frames {@link #next} delivers. */
    public int width() {
        return width;
    }

    public int height() {
        return height;
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
            throw new IOException("decode failed after frame " + index + ": " + reason(e), e);
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
            throw new IOException("seek failed: " + reason(e), e);
        }
        index = (int) Math.round(seconds * Math.max(1e-9, fps())) - 1;
    }

    /** JavaCV's message in FFmpeg's words: "Invalid data found when processing input (avformat_open_input)". */
    static String reason(FrameGrabber.Exception e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = FFMPEG_ERROR.matcher(message);
        if (m.find()) {
            return FFmpegErrors.describe(Integer.parseInt(m.group(2))) + " (" + m.group(1) + ")";
        }
        return message;
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
