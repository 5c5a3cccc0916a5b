package dev.clipsift.source;

import java.util.Arrays;
import java.util.List;

/** Puts what rclone printed when it failed into words: an unknown remote, a missing folder or file, else its last error. */
final class RcloneErrors {
    private RcloneErrors() {}

    static String describe(String printed, RcloneLocation location) {
        String text = location.redact(printed);
        if (text.contains("didn't find section in config file")) {
            return "unknown rclone remote '" + location.remoteShown()
                    + "' (not in the rclone config; 'rclone listremotes' lists the remotes it knows, 'rclone config'"
                    + " adds one)";
        }
        if (text.contains("directory not found")) {
            return "no such folder in the remote";
        }
        if (text.contains("object not found")) {
            return "no such file in the remote";
        }
        List<String> lines = Arrays.stream(text.split("\n"))
                .map(RcloneErrors::withoutTimestamp)
                .filter(l -> !l.isBlank())
                .toList();
        return lines.isEmpty() ? "rclone failed without saying why" : "rclone: " + lines.get(lines.size() - 1);
    }

    /** rclone starts each log line with {@code 2026/12/03 08:27:14 }; the level stays ({@code ERROR : ...}). */
    private static String withoutTimestamp(String line) {
        return line.replaceFirst("^\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2} ", "")
                .strip();
    }
}
