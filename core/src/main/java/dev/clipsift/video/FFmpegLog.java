package dev.clipsift.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_QUIET;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

/**
 * FFmpeg prints to the process's stderr by itself. ClipSift reports errors per file in its own words, so
 * FFmpeg's chatter is off unless {@code CLIPSIFT_FFMPEG_LOG=1}.
 */
public final class FFmpegLog {
    private static volatile boolean done;

    private FFmpegLog() {}

    public static void quiet() {
        if (!done) {
            done = true;
            av_log_set_level("1".equals(System.getenv("CLIPSIFT_FFMPEG_LOG")) ? AV_LOG_ERROR : AV_LOG_QUIET);
        }
    }
}
