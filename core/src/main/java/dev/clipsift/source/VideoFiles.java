package dev.clipsift.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Which file names are videos: by extension, case-insensitive. */
public final class VideoFiles {
    public static final Set<String> EXTENSIONS =
            Set.of("mp4", "m4v", "mov", "mkv", "webm", "avi", "mpg", "mpeg", "ts", "m2ts", "wmv", "flv");

    private VideoFiles() {}

    public static boolean isVideoName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return false;
        }
        return EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    public static boolean isVideo(Path path) {
        Path name = path.getFileName();
        return name != null && isVideoName(name.toString());
    }

    public static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
