package dev.clipsift.cli;

import dev.clipsift.source.HfLocation;
import dev.clipsift.source.RcloneLocation;
import dev.clipsift.source.S3Location;
import dev.clipsift.source.UrlRedaction;
import dev.clipsift.source.UrlSource;
import dev.clipsift.source.YtDlpSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A run's input as {@code config.json} keeps it: never with credentials (a single URL, an rclone connection string
 * with parameters or a page URL that carries a key are refused), local files as absolute paths.
 */
final class SavedInput {
    private SavedInput() {}

    /** The input as saved: s3://, hf:// and rclone: as given, a URL list or a folder as an absolute path. */
    static String of(String in) {
        if (S3Location.isS3(in) || HfLocation.isHf(in)) {
            return in;
        }
        if (RcloneLocation.isRclone(in)) {
            if (RcloneLocation.parse(in).remote().contains(",")) {
                throw new IllegalArgumentException(
                        "--input takes a named rclone remote, not a connection string with parameters: add the remote"
                                + " with 'rclone config' (config.json would otherwise keep its parameters, keys"
                                + " included)");
            }
            return in;
        }
        if (YtDlpSource.isYtDlp(in)) {
            String target = in.substring(YtDlpSource.PREFIX.length()).strip();
            if (!UrlSource.isUrl(target)) {
                return YtDlpSource.PREFIX + Path.of(target).toAbsolutePath().normalize();
            }
            if (!UrlRedaction.shown(URI.create(target)).equals(target)) {
                throw new IllegalArgumentException(
                        "this page URL carries credentials: put it in a file and pass ytdlp:FILE"
                                + " (config.json would otherwise keep them)");
            }
            return in;
        }
        if (UrlSource.isUrl(in)) {
            throw new IllegalArgumentException("--input takes a URL list, not a single URL: put the URL in a file "
                    + "and pass urls:FILE (config.json would otherwise keep any signature in the URL)");
        }
        if (in.toLowerCase(Locale.ROOT).startsWith(UrlSource.LIST_PREFIX)) {
            return UrlSource.LIST_PREFIX
                    + Path.of(in.substring(UrlSource.LIST_PREFIX.length()))
                            .toAbsolutePath()
                            .normalize();
        }
        return Path.of(in).toAbsolutePath().normalize().toString();
    }
}
