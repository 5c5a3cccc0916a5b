package dev.clipsift.transcode;

import dev.clipsift.split.Shot;
import dev.clipsift.video.FFmpegLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes one span of a video, frame-accurately, and hands each of its frames to a {@link Handler}: it seeks a
 * little before the span, drops frames before the span's first frame (frames are numbered by presentation
 * time, as the splitters number decoded frames) and stops after its last. With audio, the first audio stream's
 * samples over the span are handed on too. Pictures are packed BGR at the source size (rounded down to even
 * sizes, for yuv420p encoders). Each call opens its own decoder: thread-safe.
 */
public final class SpanReader {
    /** How far before the span the decoder seeks, so the span's first frame is decoded, not guessed. */
    private static final double PREROLL_S = 1.0;

    private final int threads;

    public SpanReader(int threads) {
        this.threads = threads;
    }

    /** What the span's frames go to. The frame is valid only during the call. */
    public interface Handler {
        /** The decoder is open: its picture size and audio format are known. */
        default void opened(FFmpegFrameGrabber grabber, boolean audio) throws IOException {}

        /** Frame {@code k} of the span (0-based). Return false to stop reading. */
        boolean picture(Frame frame, int k) throws IOException;

        default void samples(Frame frame) throws IOException {}
    }

    /** How many frames were decoded: those in the span, and those before it (from the seek point). */
    public record Decoded(long inSpan, long beforeSpan) {}

    public Decoded read(
            Path source, Shot span, double fps, boolean wantAudio, BooleanSupplier cancelled, Handler handler)
            throws IOException {
        FFmpegLog.quiet();
        try (FFmpegFrameGrabber g = open(source)) {
            boolean audio = wantAudio && g.getAudioChannels() > 0 && g.getSampleRate() > 0;
            if (!seekBefore(g, span, fps)) {
                g.restart();
            }
            handler.opened(g, audio);
            return copy(g, span, fps, audio, cancelled, handler);
        } catch (FrameGrabber.Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private FFmpegFrameGrabber open(Path source) throws IOException {
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(source.toFile());
        g.setVideoOption("threads", String.valueOf(threads));
        try {
            g.start();
        } catch (FrameGrabber.Exception e) {
            g.close();
            throw new IOException("cannot decode: " + e.getMessage(), e);
        }
        if (g.getVideoStream() < 0 || g.getImageWidth() <= 0 || g.getImageHeight() <= 0) {
            g.close();
            throw new IOException("no video stream");
        }
        AVCodecParameters par = g.getFormatContext().streams(g.getVideoStream()).codecpar();
        g.setImageWidth(even(par.width()));
        g.setImageHeight(even(par.height()));
        return g;
    }

    /** yuv420p needs even sizes: an odd-sized picture is scaled to the even size just below. */
    private static int even(int size) {
        return Math.max(2, size & ~1);
    }

    /** Seeks to a little before the span; false when the seek cannot be trusted (then decode from the start). */
    private static boolean seekBefore(FFmpegFrameGrabber g, Shot span, double fps) {
        double startS = span.start() / fps;
        if (startS <= PREROLL_S) {
            return true;
        }
        try {
            g.setTimestamp(Math.round((startS - PREROLL_S) * 1e6));
            return true;
        } catch (FrameGrabber.Exception e) {
            return false;
        }
    }

    private static Decoded copy(
            FFmpegFrameGrabber g, Shot span, double fps, boolean audio, BooleanSupplier cancelled, Handler handler)
            throws IOException {
        double startS = (span.start() - 0.5) / fps;
        double endS = (span.end() + 0.5) / fps;
        long inSpan = 0;
        long before = 0;
        boolean checkedSeek = false;
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            Frame f = audio ? g.grab() : g.grabImage();
            if (f == null) {
                break;
            }
            double t = f.timestamp / 1e6;
            if (f.image != null) {
                int index = (int) Math.round(t * fps);
                if (!checkedSeek) {
                    checkedSeek = true;
                    if (index > span.start()) {
                        g.restart();
                        continue;
                    }
                }
                int k = index - span.start();
                if (k < 0) {
                    before++;
                } else if (k < span.frames()) {
                    inSpan++;
                    if (!handler.picture(f, k)) {
                        break;
                    }
                } else if (!audio || t >= endS) {
                    break;
                }
            } else if (f.samples != null && t >= startS && t < endS) {
                handler.samples(f);
            } else if (f.samples != null && t >= endS && inSpan >= span.frames()) {
                break;
            }
        }
        return new Decoded(inSpan, before);
    }
}
