package dev.clipsift.app.sample;

import dev.clipsift.app.concurrent.UiCoalescer;
import dev.clipsift.preview.BgraFrame;
import dev.clipsift.preview.UprightReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Plays a video muted and looping on its own decoding thread (JavaCV, in-process), handing the UI the
 * latest frame at most once per UI pulse. Seeks on request; while paused a seek still shows its frame.
 */
final class DetailPlayer implements AutoCloseable {
    private final Supplier<Path> file;
    private final int maxWidth;
    private final int maxHeight;
    private final AtomicReference<BgraFrame> latest = new AtomicReference<>();
    private final AtomicReference<Double> seekTo = new AtomicReference<>();
    private final UiCoalescer publish;
    private final Consumer<String> onError;
    private final Executor ui;
    private volatile boolean paused;
    private volatile boolean closed;
    private Thread thread;

    /** {@code file} gives the local file on the decoding thread (a remote video is downloaded there). */
    DetailPlayer(
            Supplier<Path> file,
            int maxWidth,
            int maxHeight,
            Executor ui,
            Consumer<BgraFrame> onFrame,
            Consumer<String> onError) {
        this.file = file;
        this.maxWidth = maxWidth;
        this.maxHeight = maxHeight;
        this.ui = ui;
        this.onError = onError;
        this.publish = new UiCoalescer(ui, () -> {
            BgraFrame f = latest.get();
            if (f != null && !closed) {
                onFrame.accept(f);
            }
        });
    }

    void start() {
        thread = new Thread(this::run, "clipsift-player");
        thread.setDaemon(true);
        thread.start();
    }

    void seek(double seconds) {
        seekTo.set(seconds);
    }

    void setPaused(boolean p) {
        paused = p;
    }

    boolean isPaused() {
        return paused;
    }

    private void run() {
        try (UprightReader reader = UprightReader.open(file.get(), maxWidth, maxHeight)) {
            long wallStart = 0;
            double mediaStart = Double.NaN;
            boolean showOne = true;
            while (!closed) {
                Double target = seekTo.getAndSet(null);
                if (target != null) {
                    reader.seek(target);
                    mediaStart = Double.NaN;
                    showOne = true;
                }
                if (paused && !showOne) {
                    mediaStart = Double.NaN;
                    Thread.sleep(15);
                    continue;
                }
                BgraFrame f = reader.next();
                if (f == null) {
                    reader.seek(0);
                    mediaStart = Double.NaN;
                    continue;
                }
                if (Double.isNaN(mediaStart)) {
                    mediaStart = f.timestampS();
                    wallStart = System.nanoTime();
                }
                long due = wallStart + (long) ((f.timestampS() - mediaStart) * 1e9);
                long wait = due - System.nanoTime();
                if (wait > 0 && !showOne) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                showOne = false;
                latest.set(f);
                publish.request();
            }
        } catch (IOException | RuntimeException e) {
            // a file that cannot be decoded, or a remote video that cannot be downloaded: say why in words
            String why = e.getMessage();
            ui.execute(() -> onError.accept(why));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
