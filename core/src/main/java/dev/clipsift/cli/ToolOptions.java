package dev.clipsift.cli;

import dev.clipsift.source.ToolSettings;
import picocli.CommandLine.Option;

/** {@code --max-height PX}: how tall a video a {@code ytdlp:} source downloads; the programs come from the environment. */
final class ToolOptions {
    @Option(
            names = "--max-height",
            paramLabel = "PX",
            description = "Tallest picture a ytdlp: source downloads (default: $CLIPSIFT_YTDLP_MAX_HEIGHT, else "
                    + ToolSettings.DEFAULT_MAX_HEIGHT + "). rclone and yt-dlp are run from the PATH, or"
                    + " $CLIPSIFT_RCLONE / $CLIPSIFT_YTDLP; rclone reads its own config ($RCLONE_CONFIG).")
    Integer maxHeight;

    ToolSettings settings() {
        ToolSettings current = ToolSettings.current();
        return maxHeight == null ? current : current.withMaxHeight(maxHeight);
    }
}
