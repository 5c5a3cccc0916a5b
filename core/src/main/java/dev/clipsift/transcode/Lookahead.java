package dev.clipsift.transcode;

import dev.clipsift.crop.BarDetector;
import dev.clipsift.crop.CropVote;
import dev.clipsift.model.Crop;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.Frame;

/**
 * The first decoded frames of a span (pictures and audio, in decoding order, deep copies), held until their bars
 * are known so the encoder can open at the cropped size: about one second of pictures ({@code base}), longer (up
 * to three times) while fewer than half of them voted (black frames, a fade in), and never more than
 * {@value #MAX_BYTES} bytes of pictures (so a 4K span holds about ten). Bars in the rest of the span are assumed
 * to be the same: a clip lies within one shot.
 */
final class Lookahead implements AutoCloseable {
    static final long MAX_BYTES = 256L << 20;

    /** A held frame: a picture ({@code k} its number in the span) or audio samples ({@code k} = -1). */
    record Held(Frame frame, int k) {}

    private final List<Held> held = new ArrayList<>();
    private final CropVote vote = new CropVote();
    private final int base;
    private final PicturePool pool;
    private long bytes;
    private int pictures;

    /**
     * @param fps the source's frame rate: the base lookahead is about one second of it (8 to 30 pictures)
     * @param pool where the copies of the pictures come from and go back to
     */
    Lookahead(double fps, PicturePool pool) {
        this.pool = pool;
        this.base = (int) Math.max(8, Math.min(30, Math.round(fps)));
    }

    void picture(Frame frame, int k) {
        vote.add(BarDetector.scan((ByteBuffer) frame.image[0], frame.imageWidth, frame.imageHeight, frame.imageStride));
        held.add(new Held(pool.copy(frame), k));
        bytes += PicturePool.bytes(frame);
        pictures++;
    }

    void samples(Frame frame) {
        held.add(new Held(frame.clone(), -1));
    }

    /** Whether enough is held to decide the crop. */
    boolean full() {
        return pictures >= base && vote.votes() * 2 >= base || pictures >= 3 * base || bytes >= MAX_BYTES;
    }

    Crop crop(int width, int height) {
        return vote.crop(width, height);
    }

    List<Held> held() {
        return held;
    }

    @Override
    public void close() {
        for (Held h : held) {
            if (h.k() < 0) {
                h.frame().close();
            } else {
                pool.give(h.frame());
            }
        }
        held.clear();
    }
}
