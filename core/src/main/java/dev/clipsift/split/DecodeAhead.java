package dev.clipsift.split;

import dev.clipsift.video.FrameReader.Picture;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;

/**
 * Decodes a few frames ahead on its own thread while the caller analyses the current one, so analysis
 * costs no decode time on a machine with a spare core. Pictures cycle through a small pool: take one,
 * use it, give it back. The source belongs to the decoding thread until {@link #close}. The thread comes from
 * the caller's factory (a pipeline run owns its helper threads). Whatever the decoder throws, the end of the
 * stream is queued, so the consumer never waits forever: the error is rethrown to it.
 */
final class DecodeAhead implements AutoCloseable {
    private static final Picture END = new Picture();

    /** A daemon thread of its own, for callers outside a pipeline run. */
    static final ThreadFactory OWN_THREAD = r -> {
        Thread t = new Thread(r, "decode-ahead");
        t.setDaemon(true);
        return t;
    };

    /** Fills a picture with the next frame; false at the end of the stream. */
    @FunctionalInterface
    interface Source {
        boolean next(Picture p) throws IOException;
    }

    private final BlockingQueue<Picture> free;
    private final BlockingQueue<Picture> decoded;
    private final Thread thread;
    private volatile IOException failure;

    DecodeAhead(Source reader, int depth, ThreadFactory threads) {
        free = new ArrayBlockingQueue<>(depth);
        decoded = new ArrayBlockingQueue<>(depth + 1);
        for (int i = 0; i < depth; i++) {
            free.add(new Picture());
        }
        thread = threads.newThread(() -> decode(reader));
        thread.start();
    }

    private void decode(Source reader) {
        try {
            while (true) {
                Picture p = free.take();
                if (!reader.next(p)) {
                    break;
                }
                decoded.put(p);
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = new IOException("decoding failed: " + e, e);
        } finally {
            decoded.add(END);
        }
    }

    /** The next decoded frame, or null at the end of the stream. */
    Picture take() throws IOException {
        Picture p;
        try {
            p = decoded.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while decoding", e);
        }
        if (p == END) {
            decoded.add(END);
            if (failure != null) {
                throw failure;
            }
            return null;
        }
        return p;
    }

    /** Hands a picture back for the decoder to fill again. */
    void release(Picture p) {
        free.add(p);
    }

    /** Stops decoding (after the frame in progress) and waits for the thread to end. */
    @Override
    public void close() {
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
