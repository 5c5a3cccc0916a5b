package dev.clipsift.grid;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import dev.clipsift.video.FFmpegLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Writes the grid as H.264 yuv420p in MP4 with the index at the front (faststart), which browsers and
 * JavaFX play. Uses the first H.264 encoder this FFmpeg build has: libopenh264 (the LGPL build), else
 * libx264 (the opt-in GPL build). The captioner uses it too, for the short videos it sends a model.
 */
public final class GridEncoder implements AutoCloseable {
    private static final List<String> ENCODERS = List.of("libopenh264", "libx264");
    /**
     * Bits per pixel per frame, so the bitrate follows the canvas (pixels x fps): a grid is many small videos
     * side by side, all detail. 0.3 gives each 192x108 tile at 30 fps about 190 kbit/s (a 10x10 grid 18.7 Mbit/s,
     * 4x3 2.2 Mbit/s): libopenh264 keeps a tile at SSIM 0.93 of its source frame (0.12 gave 0.83, visibly soft;
     * GridTileQualityTest measures it).
     */
    private static final double BITS_PER_PIXEL = 0.3;

    private static final int MAX_ENCODER_THREADS = 8;

    private final FFmpegFrameRecorder recorder;
    private final String encoder;
    private boolean finished;

    private GridEncoder(FFmpegFrameRecorder recorder, String encoder) {
        this.recorder = recorder;
        this.encoder = encoder;
    }

    /** The first available H.264 encoder's name. */
    static Optional<String> availableEncoder() {
        FFmpegLog.quiet();
        return ENCODERS.stream()
                .filter(name -> avcodec_find_encoder_by_name(name) != null)
                .findFirst();
    }

    /** The first available H.264 encoder's name, or an IOException that says which were looked for. */
    static String requireEncoder() throws IOException {
        return availableEncoder()
                .orElseThrow(() -> new IOException(
                        "no H.264 encoder in this FFmpeg build (looked for " + String.join(", ", ENCODERS) + ")"));
    }

    /** Starts an MP4 of {@code width x height} (even sizes) at {@code fps}. */
    public static GridEncoder open(Path file, int width, int height, double fps) throws IOException {
        String encoder = requireEncoder();
        // The encoder is the one serial stage: let it use several cores. OpenH264 threads work on slices, and
        // it refuses some canvas sizes in multi-slice mode (576x108 with 2 slices): then it runs on one.
        int threads =
                Math.max(1, Math.min(MAX_ENCODER_THREADS, Runtime.getRuntime().availableProcessors()));
        try {
            return new GridEncoder(started(file, width, height, fps, encoder, threads), encoder);
        } catch (FrameRecorder.Exception e) {
            if (threads == 1) {
                throw new IOException(
                        "cannot start the " + encoder + " encoder for " + file + ": " + e.getMessage(), e);
            }
        }
        try {
            return new GridEncoder(started(file, width, height, fps, encoder, 1), encoder);
        } catch (FrameRecorder.Exception e) {
            throw new IOException("cannot start the " + encoder + " encoder for " + file + ": " + e.getMessage(), e);
        }
    }

    private static FFmpegFrameRecorder started(
            Path file, int width, int height, double fps, String encoder, int threads) throws FrameRecorder.Exception {
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
        r.setFormat("mp4");
        r.setVideoCodecName(encoder);
        r.setPixelFormat(AV_PIX_FMT_YUV420P);
        r.setFrameRate(fps);
        r.setGopSize((int) Math.max(1, Math.round(fps * 2)));
        r.setVideoBitrate((int) Math.min(Integer.MAX_VALUE, (long) (width * (double) height * fps * BITS_PER_PIXEL)));
        r.setOption("movflags", "+faststart");
        r.setVideoOption("threads", String.valueOf(threads));
        if ("libopenh264".equals(encoder)) {
            r.setVideoOption("slices", String.valueOf(threads));
        }
        try {
            r.start();
            return r;
        } catch (FrameRecorder.Exception e) {
            try {
                r.release();
            } catch (FrameRecorder.Exception ignored) {
                // already failing: report the start error
            }
            throw e;
        }
    }

    String encoder() {
        return encoder;
    }

    /** Encodes one packed BGR canvas frame. */
    public void write(Frame canvas) throws IOException {
        try {
            recorder.record(canvas, AV_PIX_FMT_BGR24);
        } catch (FrameRecorder.Exception e) {
            throw new IOException("encoding failed: " + e.getMessage(), e);
        }
    }

    /** Flushes the encoder and writes the MP4 index; the file is complete after this. */
    public void finish() throws IOException {
        try {
            recorder.stop();
            finished = true;
        } catch (FrameRecorder.Exception e) {
            throw new IOException("finishing the video failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (!finished) {
                recorder.stop();
            }
        } catch (FrameRecorder.Exception ignored) {
            // abandoning a cancelled or failed output: the temp file is deleted by the caller
        } finally {
            try {
                recorder.release();
            } catch (FrameRecorder.Exception ignored) {
                // nothing more to free
            }
        }
    }
}
