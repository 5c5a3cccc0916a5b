package dev.clipsift.split;

import dev.clipsift.video.FrameReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * A detector that reads every frame: decodes the video once, scaled down by swscale as PySceneDetect's
 * auto-downscale does (factor {@code width / 256}, or the {@code downscale} parameter; 1 keeps full size),
 * and feeds the frames to a fresh {@link CutFinder}.
 */
abstract class FrameDetector implements ShotSplitter {
    static final String DOWNSCALE = "downscale";

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

    /** A fresh cut finder for a video at {@code fps}. */
    abstract CutFinder start(double fps);

    @Override
    public SplitResult split(Path video, BooleanSupplier cancelled) throws IOException {
        return split(video, cancelled, n -> { });
    }

    @Override
    public SplitResult split(Path video, BooleanSupplier cancelled, IntConsumer framesDone) throws IOException {
        FrameReader.Options options = FrameReader.Options.bgr().withDownscale(downscale);
        try (FrameReader reader = FrameReader.open(video, options); CutFinder finder = start(reader.fps())) {
            FrameReader.Picture picture = new FrameReader.Picture();
            int frames = 0;
            while (reader.next(picture)) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("splitting " + video.getFileName() + " cancelled");
                }
                finder.frame(picture.index, picture.data, picture.width, picture.height);
                frames++;
                framesDone.accept(frames);
            }
            if (frames == 0) {
                throw new IOException("no video frames decoded from " + video.getFileName());
            }
            return SplitResult.fromCuts(reader.fps(), frames, finder.finish(frames - 1));
        }
    }
}
