package dev.clipsift.transcode;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import dev.clipsift.io.AtomicFiles;
import dev.clipsift.model.Crop;
import dev.clipsift.split.Shot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;
import org.jspecify.annotations.Nullable;

/**
 * Cuts one clip out of a video, frame-accurately ({@link SpanReader}), and encodes it as H.264 yuv420p MP4 with
 * faststart (plays in browsers), in-process with FFmpeg through JavaCV. It writes exactly the span's frames
 * (fewer, evenly chosen, when the rate is capped); the first audio stream is re-encoded as AAC over the same
 * span. Frames pass through packed BGR between decoder and encoder: JavaCV's recorder takes planar frames
 * only when their rows are unpadded, which a decoder's aligned frames are not (chroma came out shifted in a
 * test), so every source pixel format takes this path. Every decoded frame of the span can also go to a
 * {@code tap} (the run's other pixel consumers), so one decode serves them all. With {@code crop_black_bars}, the
 * span's first frames are held ({@link Lookahead}) until their black bars are known ({@code dev.clipsift.crop});
 * the encoder then opens at the cropped size, and the encoder and the tap get the cropped picture of every frame.
 * The file appears under its name only when complete (temp file + rename). Thread-safe: each call opens its own
 * decoder and encoder. With {@code h264_nvenc} it encodes on the GPU it is given (a CUDA ordinal: the pipeline
 * worker's device), else on NVENC's default, GPU 0.
 */
public final class ClipTranscoder {
    private final TranscodeConfig config;
    private final SpanReader reader;
    private final PicturePool pool = new PicturePool(Lookahead.MAX_BYTES);
    private final @Nullable Integer gpu;

    public ClipTranscoder(TranscodeConfig config) {
        this(config, null);
    }

    /** @param gpu the CUDA ordinal an NVENC encoder opens on (null: its default) */
    public ClipTranscoder(TranscodeConfig config, @Nullable Integer gpu) {
        this.config = config;
        this.reader = new SpanReader(config.threads());
        this.gpu = gpu;
    }

    /**
     * What was written, the part of the source picture it keeps ({@link Crop#full} when nothing was cropped), and
     * how many frames were decoded for it.
     */
    public record Result(
            int frames, double fps, int width, int height, boolean audio, Crop crop, SpanReader.Decoded decoded) {}

    /** Sees each decoded frame of the span (cropped): {@code k} is its 0-based number in the span. */
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
        try (Encoding e = new Encoding(tmp, plan, fps, tap)) {
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
        private final double fps;
        private final Tap tap;
        private @Nullable FFmpegFrameRecorder recorder;
        private @Nullable Lookahead lookahead;
        private int width;
        private int height;
        private int channels;
        private int sampleRate;
        private Crop crop = Crop.full(2, 2);
        private boolean audio;
        private int written;

        Encoding(Path tmp, OutputFrames plan, double fps, Tap tap) {
            this.tmp = tmp;
            this.plan = plan;
            this.fps = fps;
            this.tap = tap;
        }

        @Override
        public void opened(FFmpegFrameGrabber g, boolean withAudio) throws IOException {
            audio = withAudio;
            width = g.getImageWidth();
            height = g.getImageHeight();
            channels = audio ? g.getAudioChannels() : 0;
            sampleRate = g.getSampleRate();
            if (config.cropBlackBars()) {
                lookahead = new Lookahead(fps, pool);
            } else {
                start(Crop.full(width, height));
            }
        }

        /** Opens the encoder at the size of {@code c}. */
        private void start(Crop c) throws IOException {
            crop = c;
            FFmpegFrameRecorder r = new FFmpegFrameRecorder(tmp.toFile(), c.w(), c.h(), channels);
            recorder = r;
            r.setFormat("mp4");
            r.setOption("movflags", "+faststart");
            r.setVideoCodecName(config.encoder());
            r.setPixelFormat(AV_PIX_FMT_YUV420P);
            r.setFrameRate(plan.fps());
            r.setGopSize(Math.max(1, (int) Math.round(plan.fps())));
            r.setVideoBitrate((int) Math.round(config.bitrateMbps() * 1_000_000));
            r.setVideoOption("threads", String.valueOf(config.threads()));
            if (gpu != null && Encoders.NVENC.equals(config.encoder())) {
                r.setVideoOption("gpu", String.valueOf(gpu));
            }
            if (audio) {
                r.setAudioCodec(AV_CODEC_ID_AAC);
                r.setSampleRate(sampleRate);
                r.setAudioBitrate(128_000);
            }
            try {
                r.start();
            } catch (FrameRecorder.Exception e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public boolean picture(Frame frame, int k) throws IOException {
            Lookahead held = lookahead;
            if (held == null) {
                return write(frame, k);
            }
            held.picture(frame, k);
            if (held.full()) {
                flush();
            }
            return k < plan.sourceFrameOf(plan.frames() - 1);
        }

        /** Decides the crop on the held frames, opens the encoder and writes them. */
        private void flush() throws IOException {
            try (Lookahead held = Objects.requireNonNull(lookahead)) {
                lookahead = null;
                start(held.crop(width, height));
                for (Lookahead.Held h : held.held()) {
                    if (h.k() < 0) {
                        record(h.frame());
                    } else {
                        write(h.frame(), h.k());
                    }
                }
            }
        }

        private boolean write(Frame frame, int k) throws IOException {
            Frame picture = CroppedFrame.of(frame, crop);
            tap.picture(picture, k);
            if (k >= plan.sourceFrameOf(written)) {
                record(picture);
                written++;
            }
            return written < plan.frames();
        }

        @Override
        public void samples(Frame frame) throws IOException {
            Lookahead held = lookahead;
            if (held != null) {
                held.samples(frame);
            } else {
                record(frame);
            }
        }

        private void record(Frame frame) throws IOException {
            try {
                Objects.requireNonNull(recorder).record(frame);
            } catch (FrameRecorder.Exception e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        Result finish(Shot span, SpanReader.Decoded decoded) throws IOException {
            if (lookahead != null) {
                flush();
            }
            FFmpegFrameRecorder r = Objects.requireNonNull(recorder);
            if (written < plan.frames()) {
                throw new IOException("source ended after " + written + " of the span's " + plan.frames()
                        + " output frames (span frames " + span.start() + "-" + span.end() + ")");
            }
            try {
                r.stop();
            } catch (FrameRecorder.Exception e) {
                throw new IOException(e.getMessage(), e);
            }
            return new Result(written, plan.fps(), r.getImageWidth(), r.getImageHeight(), audio, crop, decoded);
        }

        @Override
        public void close() throws IOException {
            if (lookahead != null) {
                lookahead.close();
            }
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
