package dev.clipsift.transcode;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.Frame;

/**
 * Native buffers for copies of decoded pictures, kept for reuse between the clips of one {@link ClipTranscoder}
 * (up to {@code maxBytes} free; the smallest go first): copying a picture into fresh memory costs a page fault
 * per 4 KiB, on some virtual machines far more than the copy itself (700 ms against 15 ms for thirty 720p
 * pictures here), into a used buffer only the copy. A buffer serves any picture that fits. Thread-safe.
 */
final class PicturePool {
    private final long maxBytes;
    private final List<BytePointer> free = new ArrayList<>();
    private final Map<Frame, BytePointer> lent = new IdentityHashMap<>();
    private long freeBytes;

    PicturePool(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A deep copy of a packed picture; give it back with {@link #give}. */
    Frame copy(Frame frame) {
        int n = bytes(frame);
        BytePointer buffer = take(n);
        ByteBuffer pixels = buffer.position(0).limit(n).asByteBuffer();
        ByteBuffer from = ((ByteBuffer) frame.image[0]).duplicate();
        from.clear().limit(n);
        pixels.duplicate().put(from);
        Frame copy = new Frame();
        copy.imageWidth = frame.imageWidth;
        copy.imageHeight = frame.imageHeight;
        copy.imageDepth = frame.imageDepth;
        copy.imageChannels = frame.imageChannels;
        copy.imageStride = frame.imageStride;
        copy.image = new Buffer[] {pixels};
        copy.timestamp = frame.timestamp;
        copy.keyFrame = frame.keyFrame;
        copy.type = frame.type;
        synchronized (this) {
            lent.put(copy, buffer);
        }
        return copy;
    }

    /** Takes back a copy made by {@link #copy} (which must no longer be used): kept while the pool has room. */
    synchronized void give(Frame copy) {
        BytePointer buffer = lent.remove(copy);
        if (buffer == null) {
            throw new IllegalArgumentException("not a copy from this pool");
        }
        free.add(buffer);
        freeBytes += buffer.capacity();
        free.sort(Comparator.comparingLong(BytePointer::capacity));
        while (freeBytes > maxBytes) {
            BytePointer smallest = free.remove(0);
            freeBytes -= smallest.capacity();
            smallest.close();
        }
    }

    private synchronized BytePointer take(int n) {
        for (int i = 0; i < free.size(); i++) {
            if (free.get(i).capacity() >= n) {
                BytePointer b = free.remove(i);
                freeBytes -= b.capacity();
                return b;
            }
        }
        return new BytePointer(n);
    }

    static int bytes(Frame f) {
        return f.imageStride * f.imageHeight * Math.max(1, Math.abs(f.imageDepth) / 8);
    }
}
