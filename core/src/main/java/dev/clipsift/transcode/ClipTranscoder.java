package dev.clipsift.transcode;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import dev.clipsift.io.AtomicFiles;
import dev.clipsift.split.Shot;
import dev.clipsift.video.FFmpegLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Cuts one clip out of a video, frame-accurately, and encodes it as H.264 yuv420p MP4 with faststart (plays in
 * browsers), in-process with FFmpeg through JavaCV. It decodes from a seek a little before the span, drops
 * frames before the span's first frame (frames are numbered by presentation time, like the splitters number
 * decoded frames) and writes exactly the span's frames (fewer, evenly chosen, when the rate is capped). The
 * first audio stream is re-encoded as AAC over the same span. Frames pass through packed BGR between decoder
 * and encoder: JavaCV's recorder takes planar frames only when their rows are unpadded, which a decoder's
 * aligned frames are not (chroma came out shifted in a test), so every source pixel format takes this path. The file appears under its name only when
 * complete (temp file + rename). Thread-safe: each call opens its own decoder and encoder.
 */
public final class ClipTranscoder {
    /** How far before the span the decoder seeks, so the span's first frame is decoded, not guessed. */
    private static final double PREROLL_S = 1.0;

    private final TranscodeConfig config;

    public ClipTranscoder(TranscodeConfig config) {
        this.config = config;
    }

    /** What was written. */
    public record Result(int frames, double fps, int width, int height, boolean audio) {}

    public Result transcode(Path source, Shot span, double fps, Path target, BooleanSupplier cancelled) throws IOException {
        FFmpegLog.quiet();
        OutputFrames plan = OutputFrames.of(span.frames(), fps, config.maxFps(), config.maxOutputFrames());
        Path tmp = AtomicFiles.tempFor(target);
        try {
            Result r = encode(source, span, fps, plan, tmp, cancelled);
            AtomicFiles.commit(tmp, target);
            return r;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Result encode(Path source, Shot span, double fps, OutputFrames plan, Path tmp, BooleanSupplier cancelled)
            throws IOException {
        try (FFmpegFrameGrabber grabber = open(source)) {
            boolean audio = config.keepAudio() && grabber.getAudioChannels() > 0 && grabber.getSampleRate() > 0;
            if (!seekBefore(grabber, span, fps)) {
                grabber.restart();
            }
            try (FFmpegFrameRecorder recorder = recorder(tmp, grabber, plan, audio)) {
                recorder.start();
                int written = copy(grabber, recorder, span, fps, plan, audio, cancelled);
                if (written < plan.frames()) {
                    throw new IOException("source ended after " + written + " of the span's " + plan.frames()
                            + " output frames (span frames " + span.start() + "-" + span.end() + ")");
                }
                recorder.stop();
                return new Result(written, plan.fps(), recorder.getImageWidth(), recorder.getImageHeight(), audio);
            }
        } catch (FrameGrabber.Exception | FrameRecorder.Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private FFmpegFrameGrabber open(Path source) throws IOException {
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(source.toFile());
        g.setVideoOption("threads", String.valueOf(config.threads()));
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

    private FFmpegFrameRecorder recorder(Path tmp, FFmpegFrameGrabber g, OutputFrames plan, boolean audio) {
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(tmp.toFile(), g.getImageWidth(), g.getImageHeight(),
                audio ? g.getAudioChannels() : 0);
        r.setFormat("mp4");
        r.setOption("movflags", "+faststart");
        r.setVideoCodecName(config.encoder());
        r.setPixelFormat(AV_PIX_FMT_YUV420P);
        r.setFrameRate(plan.fps());
        r.setGopSize(Math.max(1, (int) Math.round(plan.fps())));
        r.setVideoBitrate((int) Math.round(config.bitrateMbps() * 1_000_000));
        r.setVideoOption("threads", String.valueOf(config.threads()));
        if (audio) {
            r.setAudioCodec(AV_CODEC_ID_AAC);
            r.setSampleRate(g.getSampleRate());
            r.setAudioBitrate(128_000);
        }
        return r;
    }

    /** yuv420p needs even sizes: an odd-sized picture is scaled to the even size just below. */
    private static int even(int size) {
        return Math.max(2, size & ~1);
    }

    private static int copy(FFmpegFrameGrabber g, FFmpegFrameRecorder r, Shot span, double fps, OutputFrames plan,
            boolean audio, BooleanSupplier cancelled) throws IOException {
        double startS = (span.start() - 0.5) / fps;
        double endS = (span.end() + 0.5) / fps;
        int written = 0;
        boolean checkedSeek = false;
        while (written < plan.frames()) {
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
                if (k >= 0 && k < span.frames() && k >= plan.sourceFrameOf(written)) {
                    r.record(f);
                    written++;
                }
            } else if (f.samples != null && t >= startS && t < endS) {
                r.record(f);
            }
        }
        return written;
    }
}
