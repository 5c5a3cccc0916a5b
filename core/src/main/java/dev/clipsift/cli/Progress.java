package dev.clipsift.cli;

import java.io.PrintStream;

/**
 * A progress bar on stderr. On a terminal it redraws one line; otherwise (logs, CI) it prints a line at
 * most every few seconds. Quiet when {@code enabled} is false.
 */
public final class Progress implements AutoCloseable {
    private final PrintStream err;
    private final String label;
    private final long total;
    private final boolean tty;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long done;
    private long failed;
    private long lastDraw = start;

    public Progress(String label, long total, boolean enabled) {
        this.err = System.err;
        this.label = label;
        this.total = total;
        this.enabled = enabled;
        this.tty = System.console() != null;
    }

    public synchronized void step(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        long now = System.nanoTime();
        long interval = tty ? 100_000_000L : 5_000_000_000L;
        if (now - lastDraw >= interval) {
            lastDraw = now;
            draw(false);
        }
    }

    private void draw(boolean last) {
        if (!enabled) {
            return;
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double rate = secs > 0 ? done / secs : 0;
        String count = total > 0 ? done + "/" + total : String.valueOf(done);
        String bar = "";
        if (total > 0) {
            int width = 24;
            int filled = (int) Math.min(width, width * done / total);
            bar = "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] ";
        }
        String line = String.format(
                "%s %s%s  %.1f/s%s", label, bar, count, rate, failed > 0 ? "  " + failed + " failed" : "");
        if (tty) {
            err.print("\r" + line + (last ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }

    @Override
    public synchronized void close() {
        draw(true);
    }
}
