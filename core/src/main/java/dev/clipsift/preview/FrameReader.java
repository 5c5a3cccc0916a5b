package dev.clipsift.preview;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;

import dev.clipsift.video.FFmpegLog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes the pictures of one video in-process (JavaCV's FFmpegFrameGrabber), scaled by FFmpeg to fit a box
 * with the aspect ratio kept, and turned upright when the file carries a display rotation (phone videos).
 * Not thread-safe: one reader per task, closed after use.
 */
public final class FrameReader implements AutoCloseable {
    static {
        FFmpegLog.quiet();
    }

    private final FFmpegFrameGrabber grabber;
    private final int width;
    private final int height;
    private final int clockwise;

    private FrameReader(FFmpegFrameGrabber grabber, int width, int height, int clockwise) {
        this.grabber = grabber;
        this.width = width;
        this.height = height;
        this.clockwise = clockwise;
    }

    /** Opens {@code file}; pictures come out no larger than {@code maxWidth x maxHeight}. */
    public static FrameReader open(Path file, int maxWidth, int maxHeight) throws IOException {
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
        g.setPixelFormat(AV_PIX_FMT_BGRA);
        try {
            g.start();
            int clockwise = clockwise(g.getDisplayRotation());
            boolean sideways = clockwise % 180 != 0;
            int w = sideways ? g.getImageHeight() : g.getImageWidth();
            int h = sideways ? g.getImageWidth() : g.getImageHeight();
            if (w <= 0 || h <= 0) {
                throw new IOException("no decodable video stream");
            }
            double scale = Math.min(1.0, Math.min(maxWidth / (double) w, maxHeight / (double) h));
            int outW = even(w * scale);
            int outH = even(h * scale);
            g.setImageWidth(sideways ? outH : outW);
            g.setImageHeight(sideways ? outW : outH);
            return new FrameReader(g, outW, outH, clockwise);
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly(g);
            throw new IOException(oneLine(e), e);
        } catch (IOException e) {
            closeQuietly(g);
            throw e;
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Length of the video in seconds, or 0 when the container does not say. */
    public double durationS() {
        long us = grabber.getLengthInTime();
        return us > 0 ? us / 1e6 : 0;
    }

    public double frameRate() {
        return grabber.getFrameRate();
    }

    /** Moves to the first picture at or after {@code seconds}. */
    public void seek(double seconds) throws IOException {
        try {
            grabber.setTimestamp(Math.max(0, Math.round(seconds * 1e6)));
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new IOException("cannot seek to " + seconds + " s: " + oneLine(e), e);
        }
    }

    /** The next picture, or null at the end of the video. */
    public BgraFrame next() throws IOException {
        Frame f;
        try {
            f = grabber.grabImage();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new IOException("cannot decode: " + oneLine(e), e);
        }
        if (f == null || f.image == null || f.image[0] == null) {
            return null;
        }
        BgraFrame stored = copy(f);
        return clockwise == 0 ? stored : Rotation.clockwise(stored, clockwise);
    }

    /** FFmpeg's display rotation (degrees counter-clockwise) as the quarter turn clockwise that shows it upright. */
    static int clockwise(double displayRotation) {
        if (Double.isNaN(displayRotation)) {
            return 0;
        }
        long quarter = Math.round(-displayRotation / 90.0);
        return (int) Math.floorMod(quarter, 4L) * 90;
    }

    private static BgraFrame copy(Frame f) {
        int w = f.imageWidth;
        int h = f.imageHeight;
        int row = w * 4;
        ByteBuffer src = ((ByteBuffer) f.image[0]).duplicate();
        int stride = f.imageStride >= row ? f.imageStride : f.imageStride * 4;
        byte[] out = new byte[row * h];
        for (int y = 0; y < h; y++) {
            src.position(y * stride);
            src.get(out, y * row, row);
        }
        return new BgraFrame(w, h, out, f.timestamp / 1e6);
    }

    private static int even(double v) {
        return Math.max(2, ((int) Math.round(v)) & ~1);
    }

    static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }

    private static void closeQuietly(FFmpegFrameGrabber g) {
        try {
            g.close();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // already failing: the first error is the one worth reporting
        }
    }

    @Override
    public void close() throws IOException {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            throw new IOException(oneLine(e), e);
        }
    }
}
