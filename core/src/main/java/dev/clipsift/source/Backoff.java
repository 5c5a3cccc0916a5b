package dev.clipsift.source;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a remote read is tried: up to {@code maxAttempts} in all, waiting an
 * exponentially growing, jittered delay between {@code base} and {@code max}. Used for the SDK's retry
 * strategy and for HTTP downloads alike.
 */
public record Backoff(int maxAttempts, Duration base, Duration max) {

    public Backoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
    }

    /** Five attempts, 0.2 s doubling up to 10 s. */
    public static Backoff standard() {
        return new Backoff(5, Duration.ofMillis(200), Duration.ofSeconds(10));
    }

    /** The wait before attempt {@code attempt + 1} (attempt counts from 1): full jitter over half to all of the step. */
    public Duration delayAfter(int attempt) {
        long step = Math.min(max.toMillis(), base.toMillis() << Math.min(20, attempt - 1));
        long jittered = step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    /** Sleeps before the next attempt; false if interrupted (the caller then stops retrying). */
    public boolean pauseAfter(int attempt) {
        try {
            Thread.sleep(delayAfter(attempt).toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
