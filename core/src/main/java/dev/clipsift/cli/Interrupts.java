package dev.clipsift.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) and SIGTERM for long commands: while open, the JVM's shutdown runs {@code cancel} and then waits
 * (at most {@link #GRACE}) for the work to end, so the command can delete its partial output before the JVM exits.
 * <pre>{@code
 * try (Interrupts.OnShutdown onCtrlC = Interrupts.cancelOnShutdown(() -> cancelled.set(true))) {
 *     ... long work that checks the cancel flag ...
 * } // the work has ended: the hook is removed, or released if the JVM is already shutting down
 * }</pre>
 */
final class Interrupts {
    /** How long a shutdown waits for the cancelled work to clean up. */
    static final Duration GRACE = Duration.ofSeconds(10);

    private Interrupts() {}

    /** Adds a shutdown hook that runs {@code cancel}, then waits up to {@link #GRACE} for the returned handle's close. */
    static OnShutdown cancelOnShutdown(Runnable cancel) {
        return cancelOnShutdown(cancel, GRACE);
    }

    static OnShutdown cancelOnShutdown(Runnable cancel, Duration grace) {
        OnShutdown handle = new OnShutdown(cancel, grace);
        Runtime.getRuntime().addShutdownHook(handle.hook);
        return handle;
    }

    /** The registered hook; closing it says the work has ended. */
    static final class OnShutdown implements AutoCloseable {
        private final CountDownLatch ended = new CountDownLatch(1);
        private final Thread hook;

        private OnShutdown(Runnable cancel, Duration grace) {
            this.hook = new Thread(
                    () -> {
                        cancel.run();
                        try {
                            ended.await(grace.toMillis(), TimeUnit.MILLISECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "cancel-on-shutdown");
        }

        /** The shutdown hook thread (tests run it directly). */
        Thread hook() {
            return hook;
        }

        /** The work has ended: releases a running hook, else removes it. */
        @Override
        public void close() {
            ended.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already shutting down: the hook is running and was just released
            }
        }
    }
}
