package dev.clipsift.transcode;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import dev.clipsift.io.AtomicFiles;
import dev.clipsift.split.Shot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Cuts one clip out of a video, frame-accurately ({@link SpanReader}), and encodes it as H.264 yuv420p MP4 with
 * faststart (plays in browsers), in-process with FFmpeg through JavaCV. It writes exactly the span's frames
 * (fewer, evenly chosen, when the rate is capped); the first audio stream is re-encoded as AAC over the same
 * span. Frames pass through packed BGR between decoder and encoder: JavaCV's recorder takes planar frames
 * only when their rows are unpadded, which a decoder's aligned frames are not (chroma came out shifted in a
 * test), so every source pixel format takes this path. Every decoded frame of the span can also go to a
 * {@code tap} (the run's other pixel consumers), so one decode serves them all. The file appears under its
 * name only when complete (temp file + rename). Thread-safe: each call opens its own decoder and encoder.
 */
public final class ClipTranscoder {
    private final TranscodeConfig config;
    private final SpanReader reader;

    public ClipTranscoder(TranscodeConfig config) {
        this.config = config;
        this.reader = new SpanReader(config.threads());
    }

    /** What was written, and how many frames were decoded for it. */
    public record Result(int frames, double fps, int width, int height, boolean audio, SpanReader.Decoded decoded) {}

    /** Sees each decoded frame of the span: {@code k} is its 0-based number in the span. */
    public interface Tap {
        Tap NONE = (frame, k) -> {};

        void picture(Frame frame, int k) throws IOException;
    }

    public Result transcode(Path source, Shot span, double fps, Path target, BooleanSupplier cancelled)
            throws IOException {
        return transcode(source, span, fps, target, cancelled, Tap.NONE);
    }

    public Result transcode(Path source, Shot span, double fps, Path target, BooleanSupplier cancelled, Tap tap)
            throws IOException {
        OutputFrames plan = OutputFrames.of(span.frames(), fps, config.maxFps(), config.maxOutputFrames());
        Path tmp = AtomicFiles.tempFor(target);
        try (Encoding e = new Encoding(tmp, plan, tap)) {
            SpanReader.Decoded decoded = reader.read(source, span, fps, config.keepAudio(), cancelled, e);
            Result r = e.finish(span, decoded);
            AtomicFiles.commit(tmp, target);
            return r;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** One clip being encoded, fed by the span reader. */
    private final class Encoding implements SpanReader.Handler, AutoCloseable {
        private final Path tmp;
        private final OutputFrames plan;
        private final Tap tap;
        private FFmpegFrameRecorder recorder;
        private boolean audio;
        private int written;

        Encoding(Path tmp, OutputFrames plan, Tap tap) {
            this.tmp = tmp;
            this.plan = plan;
            this.tap = tap;
        }

        @Override
        public void opened(FFmpegFrameGrabber g, boolean withAudio) throws IOException {
            audio = withAudio;
            recorder = new FFmpegFrameRecorder(
                    tmp.toFile(), g.getImageWidth(), g.getImageHeight(), audio ? g.getAudioChannels() : 0);
            recorder.setFormat("mp4");
            recorder.setOption("movflags", "+faststart");
            recorder.setVideoCodecName(config.encoder());
            recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(plan.fps());
            recorder.setGopSize(Math.max(1, (int) Math.round(plan.fps())));
            recorder.setVideoBitrate((int) Math.round(config.bitrateMbps() * 1_000_000));
            recorder.setVideoOption("threads", String.valueOf(config.threads()));
            if (audio) {
                recorder.setAudioCodec(AV_CODEC_ID_AAC);
                recorder.setSampleRate(g.getSampleRate());
                recorder.setAudioBitrate(128_000);
            }
            try {
                recorder.start();
            } catch (FrameRecorder.Exception e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public boolean picture(Frame frame, int k) throws IOException {
            tap.picture(frame, k);
            if (k >= plan.sourceFrameOf(written)) {
                record(frame);
                written++;
            }
            return written < plan.frames();
        }

        @Override
        public void samples(Frame frame) throws IOException {
            record(frame);
        }

        private void record(Frame frame) throws IOException {
            try {
                recorder.record(frame);
            } catch (FrameRecorder.Exception e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        Result finish(Shot span, SpanReader.Decoded decoded) throws IOException {
            if (written < plan.frames()) {
                throw new IOException("source ended after " + written + " of the span's " + plan.frames()
                        + " output frames (span frames " + span.start() + "-" + span.end() + ")");
            }
            try {
                recorder.stop();
            } catch (FrameRecorder.Exception e) {
                throw new IOException(e.getMessage(), e);
            }
            return new Result(written, plan.fps(), recorder.getImageWidth(), recorder.getImageHeight(), audio, decoded);
        }

        @Override
        public void close() throws IOException {
            if (recorder != null) {
                try {
                    recorder.close();
                } catch (FrameRecorder.Exception e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        }
    }
}
