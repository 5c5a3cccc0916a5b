package dev.clipsift.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** Holds submitted work until the test runs it, to look at what happens in between. */
public final class ManualExecutor implements Executor {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public void execute(Runnable r) {
        queue.add(r);
    }

    public int pending() {
        return queue.size();
    }

    /** Runs the oldest queued task, if any. */
    public void runOne() {
        Runnable r = queue.poll();
        if (r != null) {
            r.run();
        }
    }

    /** Runs everything queued, including work queued while running. */
    public void runAll() {
        for (Runnable r; (r = queue.poll()) != null; ) {
            r.run();
        }
    }
}
