package dev.clipsift.transcode;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;

import dev.clipsift.video.FFmpegLog;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodec;

/** The H.264 encoders ClipSift knows and whether the bundled FFmpeg has them compiled in. */
public final class Encoders {
    public static final List<String> KNOWN = List.of("libopenh264", "h264_nvenc", "libx264");

    private Encoders() {}

    public static boolean compiledIn(String name) {
        FFmpegLog.quiet();
        AVCodec c = avcodec_find_encoder_by_name(name);
        return c != null && !c.isNull();
    }

    /** Throws with a one-line reason when {@code name} cannot be used with this build. */
    public static void requireCompiledIn(String name) {
        if (compiledIn(name)) {
            return;
        }
        if ("libx264".equals(name)) {
            throw new IllegalArgumentException("libx264 is GPL and not in this build: rebuild with 'mvn -Pgpl' "
                    + "(FFmpeg classifier linux-x86_64-gpl) or use libopenh264");
        }
        throw new IllegalArgumentException("encoder " + name + " is not compiled into this FFmpeg build");
    }
}
