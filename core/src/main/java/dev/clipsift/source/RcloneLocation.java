package dev.clipsift.source;

import java.util.Locale;

/**
 * A place in an rclone remote, as named by {@code rclone:REMOTE:PATH}: {@code remote} is what rclone is given
 * before the colon (a configured remote's name, or a connection string such as {@code :s3,provider=AWS}), and
 * {@code path} the folder or file within it (trailing slashes dropped). A path whose last segment has a video
 * extension names one file. Connection-string parameters may hold keys, so the shown form leaves them out
 * ({@code rclone::s3:bucket/videos}).
 */
public record RcloneLocation(String remote, String path) {
    public static final String PREFIX = "rclone:";
    private static final String FORM =
            "rclone:REMOTE:PATH (a remote of your rclone config, e.g. rclone:gcs:bucket/videos)";

    public static boolean isRclone(String spec) {
        return spec.toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }

    public static RcloneLocation parse(String spec) {
        String rest = spec.substring(PREFIX.length());
        int colon = remoteEnd(rest);
        if (colon <= 0 || rest.substring(0, colon).equals(":")) {
            throw new SourceException("an rclone source is named " + FORM + ": " + shownSpec(spec));
        }
        String path = rest.substring(colon + 1);
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new RcloneLocation(rest.substring(0, colon), path);
    }

    /** The colon that ends the remote: the first one outside quotes, past a connection string's leading one. */
    private static int remoteEnd(String s) {
        char quote = 0;
        for (int i = s.startsWith(":") ? 1 : 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ':') {
                return i;
            }
        }
        return -1;
    }

    /** A spec as it may be shown in an error before it parsed: parameters after a comma left out. */
    private static String shownSpec(String spec) {
        int comma = spec.indexOf(',');
        return comma < 0 ? spec : spec.substring(0, comma) + ",...";
    }

    /** Whether the path names one video file rather than a folder. */
    public boolean namesAVideo() {
        return VideoFiles.isVideoName(path.substring(path.lastIndexOf('/') + 1));
    }

    /** The folder that is listed and served: the path itself, or the folder of the file it names. */
    String folder() {
        if (!namesAVideo()) {
            return path;
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash == 0 ? 1 : slash);
    }

    /** The remote without connection-string parameters: a configured remote's name, or {@code :TYPE}. */
    public String remoteShown() {
        int comma = remote.indexOf(',');
        return comma < 0 ? remote : remote.substring(0, comma);
    }

    /** What rclone is given for {@code relative} (a path below {@link #folder()}, or "" for the folder). */
    String fs(String relative) {
        return remote + ":" + join(folder(), relative);
    }

    /** How {@code relative} (below {@link #folder()}) is shown: {@code rclone:REMOTE:FOLDER/RELATIVE}. */
    String shown(String relative) {
        return PREFIX + remoteShown() + ":" + join(folder(), relative);
    }

    /** The folder within the download cache for this remote's files. */
    String cacheNamespace() {
        return "rclone/" + remoteShown().replace(':', '_') + "/" + folder();
    }

    /** Replaces the remote as given (with any parameters) by its shown form in text rclone printed. */
    String redact(String text) {
        return remote.equals(remoteShown()) ? text : text.replace(remote, remoteShown() + ",...");
    }

    private static String join(String folder, String relative) {
        if (relative.isEmpty()) {
            return folder;
        }
        return folder.isEmpty() ? relative : folder.endsWith("/") ? folder + relative : folder + "/" + relative;
    }

    @Override
    public String toString() {
        return PREFIX + remoteShown() + ":" + path;
    }
}
