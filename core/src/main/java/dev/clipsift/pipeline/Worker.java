package dev.clipsift.pipeline;

import java.util.List;

/** One worker of a {@link Stage}: owned by one thread, so it needs no locking of its own state. */
public interface Worker<I, O> extends AutoCloseable {
    /** Processes a batch of one or more items, emitting results for them. */
    void process(List<I> batch, Emitter<O> out) throws Exception;

    /** Called once when the input has ended (not after a failure or cancellation): may still emit. */
    default void flush(Emitter<O> out) throws Exception {}

    /** Releases what {@link Stage#open} set up; called after the last batch, also after a failure. */
    @Override
    default void close() throws Exception {}
}
