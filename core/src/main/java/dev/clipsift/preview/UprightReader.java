package dev.clipsift.preview;

import dev.clipsift.video.FrameReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Pictures of one video as people see them: BGRA, turned upright by the file's display rotation and scaled
 * by FFmpeg to fit a box with the aspect ratio kept. Decoding is {@link FrameReader}'s; one reader per task.
 */
public final class UprightReader implements AutoCloseable {
    private final FrameReader reader;
    private final int clockwise;
    private final FrameReader.Picture picture = new FrameReader.Picture();

    private UprightReader(FrameReader reader, int clockwise) {
        this.reader = reader;
        this.clockwise = clockwise;
    }

    /** Opens {@code file}; pictures come out no larger than {@code maxWidth x maxHeight}. */
    public static UprightReader open(Path file, int maxWidth, int maxHeight) throws IOException {
        FrameReader r = FrameReader.open(file, new FrameReader.Options(FrameReader.Pixels.BGRA, 0, 0));
        try {
            int clockwise = clockwise(r.displayRotation());
            boolean sideways = clockwise % 180 != 0;
            int w = sideways ? r.sourceHeight() : r.sourceWidth();
            int h = sideways ? r.sourceWidth() : r.sourceHeight();
            double scale = Math.min(1.0, Math.min(maxWidth / (double) w, maxHeight / (double) h));
            int outW = even(w * scale);
            int outH = even(h * scale);
            r.scaleTo(sideways ? outH : outW, sideways ? outW : outH);
            return new UprightReader(r, clockwise);
        } catch (RuntimeException e) {
            r.close();
            throw e;
        }
    }

    /** Width of the upright pictures. */
    public int width() {
        return clockwise % 180 != 0 ? reader.height() : reader.width();
    }

    public int height() {
        return clockwise % 180 != 0 ? reader.width() : reader.height();
    }

    /** Length of the video in seconds, or 0 when the container does not say. */
    public double durationS() {
        return reader.durationS();
    }

    public double frameRate() {
        return reader.fps();
    }

    /** Moves to the first picture at or after {@code seconds}. */
    public void seek(double seconds) throws IOException {
        reader.seek(Math.max(0, seconds));
    }

    /** The next picture, or null at the end of the video. */
    public BgraFrame next() throws IOException {
        if (!reader.next(picture)) {
            return null;
        }
        BgraFrame stored = new BgraFrame(picture.width, picture.height, picture.data.clone(), picture.timeS);
        return clockwise == 0 ? stored : Rotation.clockwise(stored, clockwise);
    }

    /** FFmpeg's display rotation (degrees counter-clockwise) as the quarter turn clockwise that shows it upright. */
    static int clockwise(double displayRotation) {
        long quarter = Math.round(-displayRotation / 90.0);
        return (int) Math.floorMod(quarter, 4L) * 90;
    }

    private static int even(double v) {
        return Math.max(2, ((int) Math.round(v)) & ~1);
    }

    @Override
    public void close() {
        reader.close();
    }
}
