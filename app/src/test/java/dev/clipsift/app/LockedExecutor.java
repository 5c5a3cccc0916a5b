package dev.clipsift.app;

import java.util.concurrent.Executor;

/**
 * Runs each task at once on the calling thread, one task at a time: what the FX thread guarantees (UI work
 * never runs concurrently), without a toolkit, for view models whose background work reports from several
 * threads.
 */
public final class LockedExecutor implements Executor {
    @Override
    public synchronized void execute(Runnable r) {
        r.run();
    }
}
