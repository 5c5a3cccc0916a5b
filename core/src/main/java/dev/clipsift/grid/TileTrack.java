package dev.clipsift.grid;

import dev.clipsift.video.FrameReader;
import dev.clipsift.video.FrameReader.Picture;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One tile of the grid: a source video decoded frame by frame, scaled by swscale straight to its letterboxed
 * size, sampled by time (output time t shows the source frame on screen at t, so a 60 fps source plays at
 * real speed and a 15 fps one repeats frames) and looped when the clip is shorter than the grid video. Holds
 * two small frames and one tile-sized picture: memory does not grow with the grid video's length.
 * Not thread-safe: one thread at a time (the grid hands each tile's successive chunks to the pool in order).
 */
final class TileTrack implements AutoCloseable {
    /** Output times within this of a frame's time already show that frame (float rounding). */
    private static final double EPS = 1e-6;

    private final Path file;
    private final FrameReader.Options readerOptions;
    private final Fit fit;
    private final int tileW;
    private final int tileH;
    private final TileLabel label;
    private final double durationS;
    private final Consumer<String> warnings;
    private final byte[] tile;
    private FrameReader reader;
    private Picture shown = new Picture();
    private Picture ahead = new Picture();
    private boolean haveAhead;
    private double aheadAt;
    private boolean tileStale = true;
    private boolean frozen;
    /** Output time at which the current pass through the clip started, and the first frame's own time in it. */
    private double passStart;

    private double passOrigin;
    private double lastInPass;
    private int framesInPass;

    private TileTrack(
            Path file,
            FrameReader reader,
            FrameReader.Options readerOptions,
            Fit fit,
            int tileW,
            int tileH,
            boolean labels,
            Consumer<String> warnings) {
        this.file = file;
        this.reader = reader;
        this.readerOptions = readerOptions;
        this.fit = fit;
        this.tileW = tileW;
        this.tileH = tileH;
        this.durationS = reader.durationS();
        this.label = labels ? TileLabel.render(String.valueOf(file.getFileName()), durationS, tileW, tileH) : null;
        this.warnings = warnings;
        this.tile = new byte[tileW * tileH * 3];
    }

    /**
     * Opens {@code file} and decodes its first frame; an IOException means the file cannot be shown at all.
     * {@code decoderThreads} 0 lets FFmpeg choose. Warnings (decode errors later on) go to {@code warnings}.
     */
    static TileTrack open(
            Path file, int tileW, int tileH, int decoderThreads, boolean labels, Consumer<String> warnings)
            throws IOException {
        FrameReader.Options options = FrameReader.Options.bgr().withThreads(decoderThreads);
        FrameReader reader = FrameReader.open(file, options);
        try {
            Fit fit = Fit.of(reader.sourceWidth(), reader.sourceHeight(), reader.sampleAspectRatio(), tileW, tileH);
            reader.scaleTo(fit.w(), fit.h());
            TileTrack track = new TileTrack(file, reader, options, fit, tileW, tileH, labels, warnings);
            if (!reader.next(track.shown)) {
                throw new IOException("no video frames");
            }
            track.startPass(0, track.shown);
            return track;
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    Path file() {
        return file;
    }

    double durationS() {
        return durationS;
    }

    /** Paints the frame on screen at output time {@code t} into the tile's place on the canvas. */
    void paint(double t, ByteBuffer canvas, int canvasStride, int x0, int y0) {
        advanceTo(t);
        if (tileStale) {
            composeTile();
            tileStale = false;
        }
        int rowBytes = tileW * 3;
        for (int y = 0; y < tileH; y++) {
            canvas.put((y0 + y) * canvasStride + x0 * 3, tile, y * rowBytes, rowBytes);
        }
    }

    private void advanceTo(double t) {
        while (!frozen) {
            if (!haveAhead && !decodeAhead()) {
                return;
            }
            if (aheadAt > t + EPS) {
                return;
            }
            Picture p = shown;
            shown = ahead;
            ahead = p;
            haveAhead = false;
            tileStale = true;
        }
    }

    /** Decodes the next frame into {@code ahead}, reopening the clip at its end to loop; false once frozen. */
    private boolean decodeAhead() {
        try {
            if (reader.next(ahead)) {
                aheadAt = timeInPass(ahead);
                haveAhead = true;
                return true;
            }
            if (framesInPass < 2) {
                frozen = true; // a single picture: nothing to loop
                return false;
            }
            double passLength = lastInPass - passStart + frameDuration();
            reader.close();
            reader = FrameReader.open(file, readerOptions);
            reader.scaleTo(fit.w(), fit.h());
            if (!reader.next(ahead)) {
                throw new IOException("no frames when reopened to loop");
            }
            startPass(passStart + passLength, ahead);
            aheadAt = passStart;
            haveAhead = true;
            return true;
        } catch (IOException e) {
            frozen = true;
            warnings.accept(String.format(
                    Locale.ROOT,
                    "%s: %s; its tile keeps its last picture from %.2f s on",
                    file,
                    e.getMessage(),
                    lastInPass));
            return false;
        }
    }

    private void startPass(double start, Picture first) {
        passStart = start;
        passOrigin = first.timeS;
        lastInPass = start;
        framesInPass = 1;
    }

    /** A frame's output time in this pass; frames without a usable, increasing timestamp follow at 1/fps. */
    private double timeInPass(Picture p) {
        double at = passStart + (p.timeS - passOrigin);
        if (!(at > lastInPass) || !Double.isFinite(at)) {
            at = lastInPass + frameDuration();
        }
        lastInPass = at;
        framesInPass++;
        return at;
    }

    private double frameDuration() {
        double fps = reader.fps();
        return fps > 0 && Double.isFinite(fps) ? 1.0 / fps : 1.0 / 25;
    }

    /** Black tile with the current picture centred in it, and the label on top. */
    private void composeTile() {
        Arrays.fill(tile, (byte) 0);
        int srcRow = fit.w() * 3;
        for (int y = 0; y < fit.h(); y++) {
            System.arraycopy(shown.data, y * srcRow, tile, ((fit.y() + y) * tileW + fit.x()) * 3, srcRow);
        }
        if (label != null) {
            label.drawOnto(tile, tileH);
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
