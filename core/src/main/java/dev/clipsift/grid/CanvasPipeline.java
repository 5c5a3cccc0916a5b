package dev.clipsift.grid;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.bytedeco.javacv.Frame;

/**
 * Renders the grid's frames in chunks of a few frames and feeds them to the encoder in order. Each tile paints
 * its own region of a chunk's canvases, on the decoding pool; a tile's chunks run one after another, but
 * different tiles (and a tile's next chunk) go ahead while the calling thread encodes, bounded by a ring of
 * {@value #RING} chunks. Memory is the ring (a fixed number of canvases) plus the tiles' small frames, not
 * the length of the video.
 */
final class CanvasPipeline implements AutoCloseable {
    static final int RING = 3;
    /** Bytes of canvases per chunk: sets how many frames a chunk holds. */
    private static final long CHUNK_BYTES = 16L << 20;

    private static final int MAX_CHUNK_FRAMES = 16;

    private final GridOptions options;
    private final List<TileTrack> tracks;
    private final ExecutorService pool;
    private final BooleanSupplier cancelled;
    private final int chunkFrames;
    private final Frame[][] ring;

    @SuppressWarnings({"unchecked", "rawtypes"}) // Java cannot create a generic array
    private final CompletableFuture<Void>[] ringDone = new CompletableFuture[RING];

    private final CompletableFuture<?>[] tileChains;
    private final AtomicBoolean stopped = new AtomicBoolean();

    CanvasPipeline(GridOptions options, List<TileTrack> tracks, ExecutorService pool, BooleanSupplier cancelled) {
        this.options = options;
        this.tracks = tracks;
        this.pool = pool;
        this.cancelled = cancelled;
        long canvasBytes = (long) options.canvasWidth() * options.canvasHeight() * 3;
        this.chunkFrames =
                (int) Math.max(1, Math.min(MAX_CHUNK_FRAMES, Math.min(options.frames(), CHUNK_BYTES / canvasBytes)));
        this.ring = new Frame[RING][chunkFrames];
        for (Frame[] set : ring) {
            for (int i = 0; i < chunkFrames; i++) {
                set[i] = blackCanvas(options.canvasWidth(), options.canvasHeight());
            }
        }
        this.tileChains = new CompletableFuture<?>[tracks.size()];
        Arrays.fill(tileChains, CompletableFuture.completedFuture(null));
    }

    private static Frame blackCanvas(int w, int h) {
        Frame f = new Frame(w, h, Frame.DEPTH_UBYTE, 3);
        ByteBuffer b = (ByteBuffer) f.image[0];
        byte[] zeros = new byte[f.imageStride];
        for (int y = 0; y < h; y++) {
            b.put(y * f.imageStride, zeros, 0, zeros.length);
        }
        return f;
    }

    /** Renders every frame and hands each to {@code sink} in order; throws CancellationException when cancelled. */
    void run(FrameSink sink) throws IOException, InterruptedException {
        int total = options.frames();
        int chunks = (total + chunkFrames - 1) / chunkFrames;
        for (int c = 0; c < Math.min(RING, chunks); c++) {
            schedule(c);
        }
        for (int c = 0; c < chunks; c++) {
            await(ringDone[c % RING]);
            Frame[] set = ring[c % RING];
            int first = c * chunkFrames;
            for (int k = first; k < Math.min(total, first + chunkFrames); k++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("grid video cancelled");
                }
                sink.accept(set[k - first], k);
            }
            if (c + RING < chunks) {
                schedule(c + RING);
            }
        }
    }

    private void schedule(int chunk) {
        Frame[] set = ring[chunk % RING];
        int first = chunk * chunkFrames;
        int last = Math.min(options.frames(), first + chunkFrames);
        for (int i = 0; i < tracks.size(); i++) {
            TileTrack track = tracks.get(i);
            int x0 = (i % options.cols()) * options.tileWidth();
            int y0 = (i / options.cols()) * options.tileHeight();
            tileChains[i] = tileChains[i].thenRunAsync(
                    () -> {
                        for (int k = first; k < last && !stopped.get() && !cancelled.getAsBoolean(); k++) {
                            Frame f = set[k - first];
                            track.paint(
                                    k / options.fps(), ((ByteBuffer) f.image[0]).duplicate(), f.imageStride, x0, y0);
                        }
                    },
                    pool);
        }
        ringDone[chunk % RING] = CompletableFuture.allOf(tileChains);
    }

    private void await(CompletableFuture<Void> done) throws InterruptedException {
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("grid video cancelled");
            }
            try {
                done.get(100, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // check for cancellation again
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
            }
        }
    }

    /** Stops the tiles' remaining work, waits for what is running, then frees the canvases. */
    @Override
    public void close() {
        stopped.set(true);
        for (CompletableFuture<?> chain : tileChains) {
            try {
                chain.join();
            } catch (RuntimeException ignored) {
                // a failed tile task was already reported through run()
            }
        }
        for (Frame[] set : ring) {
            for (Frame f : set) {
                f.close();
            }
        }
    }

    /** Takes the finished frames in order. */
    @FunctionalInterface
    interface FrameSink {
        void accept(Frame canvas, int index) throws IOException;
    }
}
