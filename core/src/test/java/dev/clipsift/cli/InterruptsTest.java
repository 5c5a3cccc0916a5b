package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class InterruptsTest {
    @Test
    void theHookIsRegisteredWhileOpenAndRemovedOnClose() {
        Thread hook;
        try (Interrupts.OnShutdown onCtrlC = Interrupts.cancelOnShutdown(() -> {})) {
            hook = onCtrlC.hook();
            assertThat(Runtime.getRuntime().removeShutdownHook(hook))
                    .as("registered")
                    .isTrue();
            Runtime.getRuntime().addShutdownHook(hook);
        }
        assertThat(Runtime.getRuntime().removeShutdownHook(hook))
                .as("still registered after close")
                .isFalse();
    }

    @Test
    void onShutdownTheHookCancelsTheWorkAndWaitsUntilItHasEnded() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch cancelCalled = new CountDownLatch(1);
        Interrupts.OnShutdown onCtrlC = Interrupts.cancelOnShutdown(
                () -> {
                    cancelled.set(true);
                    cancelCalled.countDown();
                },
                Duration.ofMinutes(5));
        Thread shutdown = new Thread(onCtrlC.hook()::run);
        shutdown.start();

        assertThat(cancelCalled.await(1, TimeUnit.MINUTES)).isTrue();
        assertThat(cancelled).isTrue();
        assertThat(shutdown.isAlive()).as("waits for the work to end").isTrue();

        onCtrlC.close();
        shutdown.join(TimeUnit.MINUTES.toMillis(1));
        assertThat(shutdown.isAlive()).as("released by close").isFalse();
    }

    @Test
    void theWaitIsBoundedWhenTheWorkNeverEnds() {
        AtomicBoolean cancelled = new AtomicBoolean();
        Interrupts.OnShutdown onCtrlC = Interrupts.cancelOnShutdown(() -> cancelled.set(true), Duration.ofMillis(10));
        try {
            onCtrlC.hook().run();

            assertThat(cancelled).isTrue();
        } finally {
            onCtrlC.close();
        }
    }
}
