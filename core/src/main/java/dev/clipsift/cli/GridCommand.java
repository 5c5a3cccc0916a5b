package dev.clipsift.cli;

import dev.clipsift.grid.GridListener;
import dev.clipsift.grid.GridOptions;
import dev.clipsift.grid.GridResult;
import dev.clipsift.grid.GridVideoMaker;
import dev.clipsift.grid.NoValidVideosException;
import dev.clipsift.sample.Reservoir;
import dev.clipsift.source.LocalLister;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "grid", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Make a grid preview video: a seeded random pick of cols x rows videos under DIR, played side by side "
                + "for --video_length seconds, each in its own tile (aspect kept, black bars), as H.264 yuv420p MP4.",
            "Sources are sampled by time (a 60 fps clip plays at real speed); clips shorter than the grid video loop.",
            "Unreadable files are skipped with a warning and the next picked file takes their tile; no other file is drawn instead.",
            "Exit code: 0 done, 2 some files were skipped (the grid is still written) or no valid videos, 1 usage or internal error."})
final class GridCommand implements Callable<Integer> {
    @Option(names = {"--input_dir", "--input-dir"}, required = true, paramLabel = "DIR",
            description = "Folder of videos, listed recursively (all video extensions, hidden files skipped).")
    Path inputDir;

    @Option(names = {"--output_video", "--output-video"}, required = true, paramLabel = "OUT",
            description = "The MP4 to write (replaced atomically when done).")
    Path outputVideo;

    @Option(names = "--cols", paramLabel = "N", defaultValue = "10", description = "Tiles across (default: ${DEFAULT-VALUE}).")
    int cols;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "10", description = "Tiles down (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = {"--video_length", "--video-length"}, paramLabel = "SECONDS", defaultValue = "5",
            description = "Length of the grid video (default: ${DEFAULT-VALUE}).")
    double videoLength;

    @Option(names = "--fps", paramLabel = "FPS", defaultValue = "30", description = "Frame rate of the grid video (default: ${DEFAULT-VALUE}).")
    double fps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed of the pick (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--labels", description = "Write each tile's file name and duration over its bottom edge.")
    boolean labels;

    @Option(names = {"--tile-width", "--tile_width"}, paramLabel = "PX", defaultValue = "192",
            description = "Tile width, even (default: ${DEFAULT-VALUE}).")
    int tileWidth;

    @Option(names = {"--tile-height", "--tile_height"}, paramLabel = "PX", defaultValue = "108",
            description = "Tile height, even (default: ${DEFAULT-VALUE}).")
    int tileHeight;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Videos decoded at once (default: one per core).")
    int threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        GridOptions options;
        try {
            options = new GridOptions(cols, rows, videoLength, fps, seed, labels, tileWidth, tileHeight, threads);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        LocalLister lister = new LocalLister(w -> err.println("warning: " + w));
        Reservoir.Result<Path> pick;
        try (Stream<Path> files = lister.list(inputDir)) {
            pick = GridVideoMaker.pick(files, options);
        }
        if (pick.seen() == 0) {
            err.println("clipsift: No valid videos found: no video files under " + inputDir);
            return ExitCodes.SOME_ITEMS_FAILED;
        }
        if (pick.seen() < options.tiles()) {
            err.println("warning: only " + pick.seen() + " videos found for " + options.tiles() + " tiles, using all of them");
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            cancelled.set(true);
            try {
                finished.await(10, TimeUnit.SECONDS); // let the maker delete its partial output
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try (Progress progress = new Progress("grid frames", options.frames(), !quiet)) {
            GridResult result = GridVideoMaker.make(options, pick.items(), outputVideo, new GridListener() {
                @Override
                public void warning(String message) {
                    err.println("warning: " + message);
                }

                @Override
                public void framesWritten(int done, int total) {
                    progress.step(true);
                }
            }, cancelled::get);
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %dx%d, %d frames at %s fps, %s; %d tiles, %d skipped%n",
                    result.output(), result.width(), result.height(), result.frames(), fmt(result.fps()), result.encoder(),
                    result.shown().size(), result.skipped().size());
            return result.hadProblems() ? ExitCodes.SOME_ITEMS_FAILED : ExitCodes.OK;
        } catch (NoValidVideosException e) {
            err.println("clipsift: " + e.getMessage());
            return ExitCodes.SOME_ITEMS_FAILED;
        } catch (CancellationException e) {
            err.println("clipsift: cancelled, nothing written");
            return ExitCodes.USAGE_OR_INTERNAL;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it is waiting for the latch released above
            }
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
