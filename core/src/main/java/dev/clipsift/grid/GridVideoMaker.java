package dev.clipsift.grid;

import dev.clipsift.io.AtomicFiles;
import dev.clipsift.sample.Reservoir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Makes a grid preview video: many videos side by side, each in its own letterboxed tile, played for a few
 * seconds in one H.264 MP4 (the cookbook's grid_preview_generation.py, done better). Sources are decoded in
 * parallel on a bounded pool, each scaled down by swscale straight to its tile, and composed chunk by chunk,
 * so memory stays flat however many tiles and frames.
 */
public final class GridVideoMaker {
    private GridVideoMaker() {}

    /**
     * The seeded pick: {@code options.tiles()} files out of {@code files} (all of them when fewer), the same
     * files for the same listing and seed, in listing order. {@code seen()} is how many files were listed.
     */
    public static <T> Reservoir.Result<T> pick(Stream<T> files, GridOptions options) {
        return Reservoir.sample(files.iterator(), options.tiles(), options.seed());
    }

    /**
     * Writes the grid of {@code files} (at most {@code options.tiles()} are used, in order) to {@code output},
     * atomically. Files that cannot be opened or decoded are skipped with a warning; the next file takes their
     * tile, so the tiles fill up from the top left and any left over at the end stay black. Nothing is
     * substituted for a skipped file.
     *
     * @throws NoValidVideosException when not a single file could be opened
     * @throws CancellationException when {@code cancelled} turns true (no output is left behind)
     */
    public static GridResult make(
            GridOptions options, List<Path> files, Path output, GridListener listener, BooleanSupplier cancelled)
            throws IOException, InterruptedException {
        List<Path> chosen = files.subList(0, Math.min(files.size(), options.tiles()));
        int budget =
                options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
        int threads = Math.max(1, Math.min(budget, chosen.size()));
        // Parallel across sources first; threads left over (fewer sources than cores) go to each decoder.
        int decoderThreads = Math.max(1, budget / Math.max(1, chosen.size()));
        String encoderName = GridEncoder.requireEncoder();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        List<String> skipped = new ArrayList<>();
        List<TileTrack> tracks = new ArrayList<>();
        try {
            openAll(options, chosen, decoderThreads, pool, tracks, skipped, warnings, listener, cancelled);
            if (tracks.isEmpty()) {
                throw new NoValidVideosException("No valid videos found: "
                        + (chosen.isEmpty()
                                ? "no video files given"
                                : "none of the " + chosen.size() + " files could be decoded"));
            }
            listener.started(tracks.size(), options.frames(), encoderName);
            encode(options, tracks, pool, output, listener, cancelled);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            tracks.forEach(TileTrack::close);
        }
        List<Path> shown = tracks.stream().map(TileTrack::file).toList();
        return new GridResult(
                output,
                options.canvasWidth(),
                options.canvasHeight(),
                options.frames(),
                options.fps(),
                encoderName,
                shown,
                List.copyOf(skipped),
                List.copyOf(warnings));
    }

    private static void openAll(
            GridOptions options,
            List<Path> files,
            int decoderThreads,
            ExecutorService pool,
            List<TileTrack> tracks,
            List<String> skipped,
            List<String> warnings,
            GridListener listener,
            BooleanSupplier cancelled)
            throws InterruptedException {
        Consumer<String> warn = w -> {
            warnings.add(w);
            listener.warning(w);
        };
        List<Future<TileTrack>> opening = new ArrayList<>();
        for (Path f : files) {
            opening.add(pool.submit(() -> cancelled.getAsBoolean()
                    ? null
                    : TileTrack.open(
                            f, options.tileWidth(), options.tileHeight(), decoderThreads, options.labels(), warn)));
        }
        for (int i = 0; i < files.size(); i++) {
            try {
                TileTrack t = opening.get(i).get();
                if (t != null) {
                    tracks.add(t);
                }
            } catch (ExecutionException e) {
                String line = "skipping " + files.get(i) + ": " + SkipReason.of(files.get(i), e.getCause());
                skipped.add(line);
                listener.warning(line);
            } catch (InterruptedException e) {
                closeOpenedLater(opening.subList(i, opening.size()));
                throw e;
            }
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("grid video cancelled");
        }
    }

    /** On interruption: waits for the opens still running and closes what they opened. */
    private static void closeOpenedLater(List<Future<TileTrack>> rest) {
        for (Future<TileTrack> f : rest) {
            f.cancel(false);
            try {
                if (!f.isCancelled() && f.get() != null) {
                    f.get().close();
                }
            } catch (ExecutionException | InterruptedException | CancellationException ignored) {
                // nothing was opened, or we are already leaving
            }
        }
    }

    private static void encode(
            GridOptions options,
            List<TileTrack> tracks,
            ExecutorService pool,
            Path output,
            GridListener listener,
            BooleanSupplier cancelled)
            throws IOException, InterruptedException {
        Path tmp = AtomicFiles.tempFor(output);
        boolean committed = false;
        try (GridEncoder encoder = GridEncoder.open(tmp, options.canvasWidth(), options.canvasHeight(), options.fps());
                CanvasPipeline pipeline = new CanvasPipeline(options, tracks, pool, cancelled)) {
            int total = options.frames();
            pipeline.run((canvas, k) -> {
                encoder.write(canvas);
                listener.framesWritten(k + 1, total);
            });
            encoder.finish();
            AtomicFiles.commit(tmp, output);
            committed = true;
        } finally {
            if (!committed) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "grid-decode-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
