package dev.clipsift.transcode;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import dev.clipsift.video.FFmpegLog;
import dev.clipsift.video.FrameReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Small test videos made with FFmpeg (JavaCV): solid-colour shots with hard cuts at known frames, and each
 * frame's index written as 10 black/white 16 px blocks along the top rows, so a decoded frame tells which
 * source frame it is. Optional mono 440 Hz audio.
 */
public final class SyntheticVideo {
    public static final int WIDTH = 160;
    public static final int HEIGHT = 90;
    private static final int BITS = 10;
    private static final int BLOCK = 16;
    private static final int[][] COLOURS = {{200, 40, 40}, {40, 200, 40}, {40, 40, 200}, {200, 200, 40}, {200, 40, 200}};

    private SyntheticVideo() {}

    /** Writes {@code frames} frames at {@code fps}; a new shot (new colour) starts at each frame of {@code cuts}. */
    public static Path write(Path file, int frames, double fps, List<Integer> cuts, boolean audio) throws IOException {
        return write(file, new Format(WIDTH, HEIGHT, "libopenh264", AV_PIX_FMT_YUV420P, "mp4"), frames, fps, cuts, audio);
    }

    /** Size, codec, pixel format and container of a synthetic video. */
    public record Format(int width, int height, String codec, int pixelFormat, String container) {}

    public static Path write(Path file, Format format, int frames, double fps, List<Integer> cuts, boolean audio) throws IOException {
        FFmpegLog.quiet();
        try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), format.width(), format.height(), audio ? 1 : 0)) {
            r.setFormat(format.container());
            r.setVideoCodecName(format.codec());
            r.setPixelFormat(format.pixelFormat());
            r.setFrameRate(fps);
            r.setVideoBitrate(2_000_000);
            if (audio) {
                r.setSampleRate(48000);
                r.setAudioCodec(org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC);
            }
            r.start();
            Frame f = new Frame(format.width(), format.height(), Frame.DEPTH_UBYTE, 3);
            int samplesPerFrame = (int) Math.round(48000 / fps);
            long sample = 0;
            for (int i = 0; i < frames; i++) {
                int shot = 0;
                for (int c : cuts) {
                    if (i >= c) {
                        shot++;
                    }
                }
                paint(f, COLOURS[shot % COLOURS.length], i);
                r.record(f);
                if (audio) {
                    ShortBuffer pcm = ShortBuffer.allocate(samplesPerFrame);
                    for (int s = 0; s < samplesPerFrame; s++, sample++) {
                        pcm.put(s, (short) (8000 * Math.sin(2 * Math.PI * 440 * sample / 48000.0)));
                    }
                    r.recordSamples(48000, 1, pcm);
                }
            }
            r.stop();
        }
        return file;
    }

    private static void paint(Frame f, int[] rgb, int index) {
        ByteBuffer buf = (ByteBuffer) f.image[0];
        int stride = f.imageStride;
        for (int y = 0; y < f.imageHeight; y++) {
            for (int x = 0; x < f.imageWidth; x++) {
                int p = y * stride + x * 3;
                boolean code = y < BLOCK && x / BLOCK < BITS;
                if (code) {
                    int v = ((index >> (x / BLOCK)) & 1) == 1 ? 255 : 0;
                    buf.put(p, (byte) v).put(p + 1, (byte) v).put(p + 2, (byte) v);
                } else {
                    buf.put(p, (byte) rgb[2]).put(p + 1, (byte) rgb[1]).put(p + 2, (byte) rgb[0]);
                }
            }
        }
    }

    /** The frame index written into a decoded BGR frame of a synthetic video. */
    public static int indexOf(byte[] bgr, int width) {
        int index = 0;
        for (int b = 0; b < BITS; b++) {
            int p = ((BLOCK / 2) * width + b * BLOCK + BLOCK / 2) * 3;
            if ((bgr[p + 1] & 0xff) > 128) {
                index |= 1 << b;
            }
        }
        return index;
    }

    /** The shot colour of a decoded BGR frame (sampled below the code blocks), as an index into the palette. */
    public static int shotOf(byte[] bgr, int width, int height) {
        int p = ((height - 10) * width + width / 2) * 3;
        int best = -1;
        int bestDist = Integer.MAX_VALUE;
        for (int c = 0; c < COLOURS.length; c++) {
            int d = Math.abs((bgr[p + 2] & 0xff) - COLOURS[c][0]) + Math.abs((bgr[p + 1] & 0xff) - COLOURS[c][1])
                    + Math.abs((bgr[p] & 0xff) - COLOURS[c][2]);
            if (d < bestDist) {
                bestDist = d;
                best = c;
            }
        }
        return best;
    }

    /** An .mp4 holding only a few seconds of AAC audio: a "video" file without a video stream. */
    public static Path writeAudioOnly(Path file, double seconds) throws IOException {
        FFmpegLog.quiet();
        try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), 1)) {
            r.setFormat("mp4");
            r.setSampleRate(48000);
            r.setAudioCodec(org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC);
            r.start();
            int n = (int) (48000 * seconds);
            ShortBuffer pcm = ShortBuffer.allocate(n);
            for (int s = 0; s < n; s++) {
                pcm.put(s, (short) (8000 * Math.sin(2 * Math.PI * 440 * s / 48000.0)));
            }
            r.recordSamples(48000, 1, pcm);
            r.stop();
        }
        return file;
    }

    /** Decodes a video back: the frame index written into each of its frames, in order. */
    public static List<Integer> decodedIndices(Path video) throws IOException {
        List<Integer> out = new ArrayList<>();
        try (FrameReader r = FrameReader.open(video, FrameReader.Options.bgr())) {
            FrameReader.Picture p = new FrameReader.Picture();
            while (r.next(p)) {
                out.add(indexOf(p.data, p.width));
            }
        }
        return out;
    }

    /** Decodes a video back: the shot colour of each of its frames, in order. */
    public static List<Integer> decodedShots(Path video) throws IOException {
        List<Integer> out = new ArrayList<>();
        try (FrameReader r = FrameReader.open(video, FrameReader.Options.bgr())) {
            FrameReader.Picture p = new FrameReader.Picture();
            while (r.next(p)) {
                out.add(shotOf(p.data, p.width, p.height));
            }
        }
        return out;
    }
}
