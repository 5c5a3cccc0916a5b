package dev.clipsift;

import dev.clipsift.video.FFmpegLog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Small videos made at test time with JavaCV's FFmpegFrameRecorder: the one place that sets a recorder up and
 * feeds it frames. A test describes the video with {@link #video} and paints each frame with a {@link Painter}.
 */
public final class TestVideos {
    private static final int TONE_RATE = 48000;

    private TestVideos() {}

    /** Paints frame {@code index} as packed BGR into {@code bgr} ({@code width * height * 3} bytes, reused between frames). */
    @FunctionalInterface
    public interface Painter {
        void paint(int index, byte[] bgr, int width, int height);
    }

    /** A video of {@code frames} frames of {@code width x height} at {@code fps}; MP4 and YUV 4:2:0 unless told otherwise. */
    public static Recording video(int width, int height, double fps, int frames) {
        return new Recording(width, height, fps, frames);
    }

    /** A moving-gradient video of {@code frames} frames; {@code codec} and {@code format} as FFmpeg names them. */
    public static Path make(Path file, int width, int height, double fps, int frames, String codec, String format)
            throws IOException {
        return video(width, height, fps, frames)
                .codec(codec)
                .format(format)
                .pixelFormat(pixelFormatFor(codec))
                .write(file, TestVideos::gradient);
    }

    public static Path mp4(Path file, int width, int height, double fps, int frames) throws IOException {
        return make(file, width, height, fps, frames, "libopenh264", "mp4");
    }

    /** An .mp4 holding only {@code seconds} of a mono AAC 440 Hz tone: a "video" file without a video stream. */
    public static Path audioOnly(Path file, double seconds) throws IOException {
        FFmpegLog.quiet();
        try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), 1)) {
            r.setFormat("mp4");
            r.setSampleRate(TONE_RATE);
            r.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            r.start();
            r.recordSamples(TONE_RATE, 1, tone(0, (int) (TONE_RATE * seconds)));
            r.stop();
        }
        return file;
    }

    private static void gradient(int i, byte[] bgr, int width, int height) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int o = (y * width + x) * 3;
                bgr[o] = (byte) (x + i * 4);
                bgr[o + 1] = (byte) (y * 2);
                bgr[o + 2] = (byte) (i * 8);
            }
        }
    }

    private static int pixelFormatFor(String codec) {
        return switch (codec) {
            case "mjpeg" -> avutil.AV_PIX_FMT_YUVJ420P;
            case "ffv1" -> avutil.AV_PIX_FMT_YUV444P;
            default -> avutil.AV_PIX_FMT_YUV420P;
        };
    }

    /** {@code count} samples of a 440 Hz sine, starting at sample {@code from} of the tone. */
    private static ShortBuffer tone(long from, int count) {
        ShortBuffer pcm = ShortBuffer.allocate(count);
        for (int s = 0; s < count; s++) {
            pcm.put(s, (short) (8000 * Math.sin(2 * Math.PI * 440 * (from + s) / (double) TONE_RATE)));
        }
        return pcm;
    }

    /** How a test video is encoded; unset options keep the recorder's defaults. */
    public static final class Recording {
        private final int width;
        private final int height;
        private final double fps;
        private final int frames;
        private String codecName;
        private int codecId = avcodec.AV_CODEC_ID_NONE;
        private String format = "mp4";
        private int pixelFormat = avutil.AV_PIX_FMT_YUV420P;
        private double quality = -1;
        private int gop = -1;
        private int bitrate = -1;
        private Double rotation;
        private boolean tone;

        private Recording(int width, int height, double fps, int frames) {
            this.width = width;
            this.height = height;
            this.fps = fps;
            this.frames = frames;
        }

        /** The encoder, by FFmpeg name (e.g. {@code libopenh264}, {@code ffv1}). */
        public Recording codec(String name) {
            this.codecName = name;
            return this;
        }

        /** The encoder, by FFmpeg codec id (e.g. {@code AV_CODEC_ID_MPEG4}). */
        public Recording codec(int id) {
            this.codecId = id;
            return this;
        }

        /** The container, as FFmpeg names it (e.g. {@code mp4}, {@code matroska}, {@code mpegts}). */
        public Recording format(String container) {
            this.format = container;
            return this;
        }

        public Recording pixelFormat(int avPixelFormat) {
            this.pixelFormat = avPixelFormat;
            return this;
        }

        /** The encoder's quality scale (lower is better). */
        public Recording quality(double q) {
            this.quality = q;
            return this;
        }

        public Recording gop(int frames) {
            this.gop = frames;
            return this;
        }

        public Recording bitrate(int bitsPerSecond) {
            this.bitrate = bitsPerSecond;
            return this;
        }

        /** A display-rotation tag in degrees (none unless set; a set 0 writes an identity matrix). */
        public Recording rotation(double degrees) {
            this.rotation = degrees;
            return this;
        }

        /** Adds a mono AAC 440 Hz tone, one frame's worth of samples after each frame. */
        public Recording withTone() {
            this.tone = true;
            return this;
        }

        /** Encodes every frame as {@code painter} paints it into {@code file}. */
        public Path write(Path file, Painter painter) throws IOException {
            FFmpegLog.quiet();
            try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), width, height, tone ? 1 : 0);
                    Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3)) {
                configure(r);
                r.start();
                byte[] bgr = new byte[width * height * 3];
                ByteBuffer buf = (ByteBuffer) frame.image[0];
                int samplesPerFrame = (int) Math.round(TONE_RATE / fps);
                for (int i = 0; i < frames; i++) {
                    painter.paint(i, bgr, width, height);
                    for (int y = 0; y < height; y++) {
                        buf.put(y * frame.imageStride, bgr, y * width * 3, width * 3);
                    }
                    r.record(frame, avutil.AV_PIX_FMT_BGR24);
                    if (tone) {
                        r.recordSamples(TONE_RATE, 1, tone((long) i * samplesPerFrame, samplesPerFrame));
                    }
                }
                r.stop();
            }
            return file;
        }

        private void configure(FFmpegFrameRecorder r) {
            r.setFormat(format);
            if (codecName != null) {
                r.setVideoCodecName(codecName);
            } else {
                r.setVideoCodec(codecId);
            }
            r.setPixelFormat(pixelFormat);
            r.setFrameRate(fps);
            if (rotation != null) {
                r.setDisplayRotation(rotation);
            }
            if (quality >= 0) {
                r.setVideoQuality(quality);
            }
            if (gop > 0) {
                r.setGopSize(gop);
            }
            if (bitrate > 0) {
                r.setVideoBitrate(bitrate);
            }
            if (tone) {
                r.setSampleRate(TONE_RATE);
                r.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            }
        }
    }
}
