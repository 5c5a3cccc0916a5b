package dev.clipsift.cli;

import dev.clipsift.grid.GridInputs;
import dev.clipsift.grid.GridListener;
import dev.clipsift.grid.GridOptions;
import dev.clipsift.grid.GridResult;
import dev.clipsift.grid.GridVideoMaker;
import dev.clipsift.grid.NoValidVideosException;
import dev.clipsift.sample.Reservoir;
import dev.clipsift.source.S3Location;
import dev.clipsift.source.Source;
import dev.clipsift.source.SourceItem;
import dev.clipsift.source.Sources;
import dev.clipsift.store.OutputStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "grid",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Make a grid preview video: a seeded random pick of cols x rows videos under DIR, played side by side "
                    + "for --video-length seconds, each in its own tile (aspect kept, black bars), as H.264 yuv420p MP4.",
            "DIR may be s3://BUCKET/PREFIX, urls:FILE, rclone:REMOTE:PATH or ytdlp:FILE: only the picked videos are",
            "downloaded (into --cache-dir). OUT may be s3://BUCKET/KEY.mp4: the grid is",
            "written locally, then uploaded.",
            "Sources are sampled by time (a 60 fps clip plays at real speed); clips shorter than the grid video loop.",
            "Unreadable or undownloadable files are skipped with a warning and the next picked file takes their tile; "
                    + "no other file is drawn instead.",
            "Exit code: 0 done, 2 some files were skipped (the grid is still written) or no valid videos, 1 usage or internal error."
        })
final class GridCommand implements Callable<Integer> {
    @Option(
            names = {"--input-dir", "--input_dir"},
            required = true,
            paramLabel = "DIR",
            description =
                    "Folder of videos, listed recursively (all video extensions, hidden files skipped), s3://BUCKET/PREFIX, urls:FILE, rclone:REMOTE:PATH or ytdlp:FILE.")
    String inputDir;

    @Option(
            names = {"--output-video", "--output_video"},
            required = true,
            paramLabel = "OUT",
            description = "The MP4 to write (replaced atomically when done), or s3://BUCKET/KEY.mp4.")
    String outputVideo;

    @Option(
            names = "--cols",
            paramLabel = "N",
            defaultValue = "10",
            description = "Tiles across (default: ${DEFAULT-VALUE}).")
    int cols;

    @Option(
            names = "--rows",
            paramLabel = "N",
            defaultValue = "10",
            description = "Tiles down (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(
            names = {"--video-length", "--video_length"},
            paramLabel = "SECONDS",
            defaultValue = "5",
            description = "Length of the grid video (default: ${DEFAULT-VALUE}).")
    double videoLength;

    @Option(
            names = "--fps",
            paramLabel = "FPS",
            defaultValue = "30",
            description = "Frame rate of the grid video (default: ${DEFAULT-VALUE}).")
    double fps;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "42",
            description = "Random seed of the pick (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--labels", description = "Write each tile's file name and duration over its bottom edge.")
    boolean labels;

    @Option(
            names = {"--tile-width", "--tile_width"},
            paramLabel = "PX",
            defaultValue = "192",
            description = "Tile width, even (default: ${DEFAULT-VALUE}).")
    int tileWidth;

    @Option(
            names = {"--tile-height", "--tile_height"},
            paramLabel = "PX",
            defaultValue = "108",
            description = "Tile height, even (default: ${DEFAULT-VALUE}).")
    int tileHeight;

    @Mixin
    SharedOptions.All shared;

    @Mixin
    S3Options s3Options;

    @Mixin
    ToolOptions tools;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        GridOptions options;
        try {
            options = new GridOptions(
                    cols, rows, videoLength, fps, seed, labels, tileWidth, tileHeight, shared.threads.get());
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Consumer<String> warn = w -> err.println("warning: " + w);
        boolean toS3 = S3Location.isS3(outputVideo);
        if (toS3 && (S3Location.parse(outputVideo).key().isEmpty() || outputVideo.endsWith("/"))) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--output-video needs an object key: s3://BUCKET/KEY.mp4");
        }
        Path local = toS3
                ? shared.cacheDir.get().resolve("grids").resolve(UUID.randomUUID() + ".mp4")
                : Path.of(outputVideo);
        AtomicBoolean cancelled = new AtomicBoolean();
        try (Interrupts.OnShutdown onCtrlC = Interrupts.cancelOnShutdown(() -> cancelled.set(true));
                Sources sources =
                        new Sources(s3Options.settings(), tools.settings(), shared.cacheDir.downloads(), warn);
                Source source = sources.open(inputDir)) {
            Reservoir.Result<SourceItem> pick;
            try (Stream<SourceItem> items = source.list()) {
                pick = GridVideoMaker.pick(items, options);
            }
            if (pick.seen() == 0) {
                err.println("clipsift: No valid videos found: no video files under " + inputDir);
                return ExitCodes.SOME_ITEMS_FAILED;
            }
            if (pick.seen() < options.tiles()) {
                err.println("warning: only " + pick.seen() + " videos found for " + options.tiles()
                        + " tiles, using all of them");
            }
            try {
                return make(options, source, pick.items(), local, cancelled);
            } finally {
                if (toS3) {
                    Files.deleteIfExists(local);
                }
            }
        }
    }

    /** Fetches and makes the grid; on {@code cancelled} the maker stops and deletes its partial output. */
    private int make(GridOptions options, Source source, List<SourceItem> picked, Path local, AtomicBoolean cancelled)
            throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try (Progress progress = new Progress("grid frames", options.frames(), !shared.quiet.get())) {
            GridInputs.Fetched fetched =
                    GridInputs.fetch(source, picked, w -> err.println("warning: " + w), cancelled::get);
            if (fetched.files().isEmpty()) {
                err.println("clipsift: No valid videos found: none of the " + picked.size()
                        + " picked files could be read");
                return ExitCodes.SOME_ITEMS_FAILED;
            }
            GridResult result = GridVideoMaker.make(
                    options,
                    fetched.files(),
                    local,
                    new GridListener() {
                        @Override
                        public void warning(String message) {
                            err.println("warning: " + fetched.shown(message));
                        }

                        @Override
                        public void framesWritten(int done, int total) {
                            progress.step(true);
                        }
                    },
                    cancelled::get);
            String written = upload(local);
            spec.commandLine()
                    .getOut()
                    .printf(
                            Locale.ROOT,
                            "wrote %s: %dx%d, %d frames at %s fps, %s; %d tiles, %d skipped%n",
                            written,
                            result.width(),
                            result.height(),
                            result.frames(),
                            fmt(result.fps()),
                            result.encoder(),
                            result.shown().size(),
                            result.skipped().size() + fetched.failed().size());
            return result.hadProblems() || !fetched.failed().isEmpty() ? ExitCodes.SOME_ITEMS_FAILED : ExitCodes.OK;
        } catch (NoValidVideosException e) {
            err.println("clipsift: " + e.getMessage());
            return ExitCodes.SOME_ITEMS_FAILED;
        } catch (CancellationException e) {
            err.println("clipsift: cancelled, nothing written");
            return ExitCodes.USAGE_OR_INTERNAL;
        }
    }

    /** Uploads the grid when OUT is s3://; returns where it is, as shown. */
    private String upload(Path local) {
        if (!S3Location.isS3(outputVideo)) {
            return local.toString();
        }
        S3Location at = S3Location.parse(outputVideo);
        try (OutputStore store = OutputStore.open(S3Location.SCHEME + at.bucket(), s3Options.settings())) {
            return store.put(local, at.key());
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
