package dev.clipsift.app.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named daemon thread pools, so background work never keeps the app from exiting. Work handed to a pool after it
 * was shut down (a listing's last callback reaching the FX thread while the window closes) is dropped: what it
 * would update is gone.
 */
public final class Threads {
    private Threads() {}

    public static ExecutorService pool(String name, int threads) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(
                threads,
                threads,
                0L,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, name + "-" + n.incrementAndGet());
                    t.setDaemon(true);
                    t.setPriority(Thread.NORM_PRIORITY - 1);
                    return t;
                },
                (task, pool) -> {
                    if (!pool.isShutdown()) {
                        throw new RejectedExecutionException(name + " refused a task");
                    }
                });
    }
}
