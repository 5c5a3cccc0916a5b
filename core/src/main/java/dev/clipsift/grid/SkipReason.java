package dev.clipsift.grid;

import dev.clipsift.video.FFmpegErrors;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a file was skipped, in one short line: JavaCV's "avformat_open_input() error -1094995529: Could not open
 * input ... (Has setFormat() been called?) ..." becomes "avformat_open_input(): Invalid data found when
 * processing input".
 */
final class SkipReason {
    private static final Pattern FFMPEG_CALL_ERROR = Pattern.compile("(\\w+\\(\\)) error (-?\\d+)");

    private SkipReason() {}

    static String of(Path file, Throwable error) {
        String message = error.getMessage() != null ? error.getMessage() : error.toString();
        String prefix = "cannot decode " + file + ": ";
        if (message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        Matcher m = FFMPEG_CALL_ERROR.matcher(message);
        if (m.find()) {
            try {
                return m.group(1) + ": " + FFmpegErrors.describe(Integer.parseInt(m.group(2)));
            } catch (NumberFormatException notAnInt) {
                return message;
            }
        }
        return message;
    }
}
