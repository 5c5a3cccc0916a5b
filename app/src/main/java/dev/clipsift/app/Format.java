package dev.clipsift.app;

import dev.clipsift.overview.DatasetStats;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.source.SourceException;
import java.util.Locale;

/** How the screens write numbers (durations, sizes, resolutions, frame rates) and problems. */
public final class Format {
    private Format() {}

    /**
     * A failure as one line for the status bar: a {@link SourceException} already says what failed in words
     * (its message is shown as a sentence); anything else is prefixed with what was being done.
     */
    public static String problem(String doing, RuntimeException e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        if (e instanceof SourceException && !message.isEmpty()) {
            return Character.toUpperCase(message.charAt(0)) + message.substring(1);
        }
        return doing + ": " + message;
    }

    public static String duration(Double seconds) {
        if (seconds == null) {
            return "";
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    public static String bytes(Long bytes) {
        return bytes == null ? "" : dev.clipsift.text.Units.bytes(bytes);
    }

    public static String resolution(VideoRecord r) {
        return r.ok() && r.width() != null ? r.displayWidth() + "\u00d7" + r.displayHeight() : "";
    }

    public static String fps(Double fps) {
        return fps == null ? "" : DatasetStats.formatFps(fps) + " fps";
    }

    /** One line for a tile: "10.0 s · 640×272 · 25 fps · h264". */
    public static String summary(VideoRecord r) {
        if (!r.ok()) {
            return "unreadable";
        }
        return String.join(
                " \u00b7 ", duration(r.durationS()), resolution(r), fps(r.fps()), r.codec() == null ? "?" : r.codec());
    }

    /** A value's text, or nothing when it is absent. */
    public static String orEmpty(Object o) {
        return o == null ? "" : o.toString();
    }
}
