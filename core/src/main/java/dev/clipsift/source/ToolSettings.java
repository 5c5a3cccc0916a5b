package dev.clipsift.source;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The external programs that {@code rclone:} and {@code ytdlp:} sources run, and how: {@code rclone} and
 * {@code ytDlp} are the programs (a name looked up on the PATH, or a path; {@code $CLIPSIFT_RCLONE},
 * {@code $CLIPSIFT_YTDLP}); {@code rcloneConfig} the rclone configuration file to read (null: rclone's own
 * default, which honours {@code $RCLONE_CONFIG}); {@code maxHeight} the tallest picture yt-dlp may download
 * ({@code $CLIPSIFT_YTDLP_MAX_HEIGHT}, default 1080). A Java system property of the same name takes precedence
 * over the environment variable (for embedding and tests). No credentials are held here: rclone reads them from
 * its own configuration.
 */
public record ToolSettings(String rclone, @Nullable Path rcloneConfig, String ytDlp, int maxHeight) {
    public static final int DEFAULT_MAX_HEIGHT = 1080;

    public ToolSettings {
        if (maxHeight < 1) {
            throw new SourceException("the largest picture height for yt-dlp must be at least 1, not " + maxHeight);
        }
    }

    /** From system properties and the environment, as described above. */
    public static ToolSettings current() {
        return from(name -> {
            String p = System.getProperty(name);
            return p != null ? p : System.getenv(name);
        });
    }

    static ToolSettings from(UnaryOperator<@Nullable String> lookup) {
        UnaryOperator<@Nullable String> get = name -> {
            String v = lookup.apply(name);
            return v == null || v.isBlank() ? null : v.strip();
        };
        String config = get.apply("RCLONE_CONFIG");
        String height = get.apply("CLIPSIFT_YTDLP_MAX_HEIGHT");
        int maxHeight;
        try {
            maxHeight = height == null ? DEFAULT_MAX_HEIGHT : Integer.parseInt(height);
        } catch (NumberFormatException e) {
            throw new SourceException("CLIPSIFT_YTDLP_MAX_HEIGHT is not a number of pixels: " + height);
        }
        return new ToolSettings(
                or(get.apply("CLIPSIFT_RCLONE"), "rclone"),
                config == null ? null : Path.of(config),
                or(get.apply("CLIPSIFT_YTDLP"), "yt-dlp"),
                maxHeight);
    }

    private static String or(@Nullable String value, String fallback) {
        return value != null ? value : fallback;
    }

    public ToolSettings withMaxHeight(int height) {
        return new ToolSettings(rclone, rcloneConfig, ytDlp, height);
    }

    public ToolSettings withRclone(String program, @Nullable Path config) {
        return new ToolSettings(program, config, ytDlp, maxHeight);
    }

    public ToolSettings withYtDlp(String program) {
        return new ToolSettings(rclone, rcloneConfig, program, maxHeight);
    }
}
