package dev.clipsift.split;

import dev.clipsift.video.FrameReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadFactory;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * A detector that reads every frame: decodes the video once, scaled down by swscale as PySceneDetect's
 * auto-downscale does (factor {@code width / 256}, or the {@code downscale} parameter; 1 keeps full size),
 * and feeds the frames to a fresh {@link CutFinder} while the next ones decode ({@link DecodeAhead}).
 */
abstract class FrameDetector implements ShotSplitter {
    static final String DOWNSCALE = "downscale";
    private static final int DECODE_AHEAD = 4;

    private final int downscale;

    FrameDetector(int downscale) {
        if (downscale < 0) {
            throw new IllegalArgumentException("downscale must be 0 (auto) or a factor of 1 or more");
        }
        this.downscale = downscale;
    }

    int downscale() {
        return downscale;
    }

    /** What stays loaded between the videos of one session: a source of cut finders. */
    interface Loaded extends AutoCloseable {
        CutFinder start(double fps) throws IOException;

        @Override
        default void close() {}
    }

    /** Loads what the detector needs for many videos (a model; nothing for the statistical detectors). */
    abstract Loaded load() throws IOException;

    @Override
    public SplitResult split(Path video, BooleanSupplier cancelled) throws IOException {
        return split(video, cancelled, n -> {});
    }

    @Override
    public SplitResult split(Path video, BooleanSupplier cancelled, IntConsumer framesDone) throws IOException {
        try (Loaded loaded = load()) {
            return split(loaded, video, cancelled, framesDone, DecodeAhead.OWN_THREAD);
        }
    }

    @Override
    public Session open() throws IOException {
        Loaded loaded = load();
        return new Session() {
            @Override
            public SplitResult split(Path video, BooleanSupplier cancelled, ThreadFactory helpers) throws IOException {
                return FrameDetector.this.split(loaded, video, cancelled, n -> {}, helpers);
            }

            @Override
            public void close() {
                loaded.close();
            }
        };
    }

    private SplitResult split(
            Loaded loaded, Path video, BooleanSupplier cancelled, IntConsumer framesDone, ThreadFactory helpers)
            throws IOException {
        FrameReader.Options options = FrameReader.Options.bgr().withDownscale(downscale);
        try (FrameReader reader = FrameReader.open(video, options)) {
            double fps = reader.fps();
            try (CutFinder finder = loaded.start(fps);
                    DecodeAhead frames = new DecodeAhead(reader::next, DECODE_AHEAD, helpers)) {
                int count = 0;
                for (FrameReader.Picture picture = frames.take(); picture != null; picture = frames.take()) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("splitting " + video.getFileName() + " cancelled");
                    }
                    finder.frame(picture.index, picture.data, picture.width, picture.height);
                    frames.release(picture);
                    framesDone.accept(++count);
                }
                if (count == 0) {
                    throw new IOException("no video frames decoded from " + video.getFileName());
                }
                return SplitResult.fromCuts(fps, count, finder.finish(count - 1));
            }
        }
    }
}
