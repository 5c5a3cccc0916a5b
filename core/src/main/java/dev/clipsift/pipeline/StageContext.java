package dev.clipsift.pipeline;

import java.util.concurrent.ThreadFactory;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;

/**
 * What a worker is given when it is set up: the stage's name, the worker's number and device, the run's
 * cancellation flag, a factory for helper threads (decode-ahead and the like: the runner owns them, interrupts
 * and joins them when the run ends) and a logger named after the stage.
 */
public record StageContext(
        String stage, int worker, Device device, BooleanSupplier cancelled, ThreadFactory helpers, Logger log) {}
