package dev.clipsift.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A stage built from a lambda, counting worker set-ups and closes and remembering each worker's device. */
final class LambdaStage<I, O> implements Stage<I, O> {
    interface Body<I, O> {
        void apply(I item, Emitter<O> out) throws Exception;
    }

    final String name;
    final Resources resources;
    final Body<I, O> body;
    final AtomicInteger setups = new AtomicInteger();
    final AtomicInteger closes = new AtomicInteger();
    final List<Device> devices = Collections.synchronizedList(new ArrayList<>());
    final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
    int batchSize = 1;

    LambdaStage(String name, Resources resources, Body<I, O> body) {
        this.name = name;
        this.resources = resources;
        this.body = body;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Resources resources() {
        return resources;
    }

    @Override
    public int batchSize() {
        return batchSize;
    }

    @Override
    public Worker<I, O> open(StageContext context) {
        setups.incrementAndGet();
        devices.add(context.device());
        return new Worker<>() {
            @Override
            public void process(List<I> batch, Emitter<O> out) throws Exception {
                batchSizes.add(batch.size());
                for (I item : batch) {
                    body.apply(item, out);
                }
            }

            @Override
            public void close() {
                closes.incrementAndGet();
            }
        };
    }
}
