package dev.clipsift.transcode;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import dev.clipsift.video.FFmpegLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/** The H.264 encoders ClipSift knows and whether the bundled FFmpeg has them compiled in. */
public final class Encoders {
    /** NVIDIA's GPU encoder. */
    public static final String NVENC = "h264_nvenc";

    public static final List<String> KNOWN = List.of("libopenh264", NVENC, "libx264");

    private Encoders() {}

    public static boolean compiledIn(String name) {
        FFmpegLog.quiet();
        AVCodec c = avcodec_find_encoder_by_name(name);
        return c != null && !c.isNull();
    }

    /**
     * Throws with a one-line reason when {@code name} cannot encode here: not in this build, or (NVENC without
     * an NVIDIA GPU that has an encoder) failing to start. Opens the encoder on a tiny frame to find out.
     */
    public static void requireUsable(String name) {
        if (!compiledIn(name)) {
            throw notCompiledIn(name);
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile("clipsift-encoder-check", ".mp4");
            try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(tmp.toFile(), 256, 256, 0)) {
                r.setFormat("mp4");
                r.setVideoCodecName(name);
                r.setPixelFormat(AV_PIX_FMT_YUV420P);
                r.setFrameRate(25);
                r.start();
                r.record(new Frame(256, 256, Frame.DEPTH_UBYTE, 3));
                r.stop();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "encoder " + name + " cannot start here: " + e.getMessage()
                            + (NVENC.equals(name) ? " (needs an NVIDIA GPU with NVENC; H100/A100 have none)" : ""),
                    e);
        } finally {
            if (tmp != null) {
                tmp.toFile().delete();
            }
        }
    }

    private static IllegalArgumentException notCompiledIn(String name) {
        if ("libx264".equals(name)) {
            return new IllegalArgumentException("libx264 is GPL and not in this build: rebuild with 'mvn -Pgpl' "
                    + "(FFmpeg classifier linux-x86_64-gpl) or use libopenh264");
        }
        return new IllegalArgumentException("encoder " + name + " is not compiled into this FFmpeg build");
    }
}
