package dev.clipsift.pipeline;

/** Where a stage hands its outputs: zero, one or many per input item. Blocks while the next stage is full. */
@FunctionalInterface
public interface Emitter<O> {
    void emit(O item) throws InterruptedException;
}
