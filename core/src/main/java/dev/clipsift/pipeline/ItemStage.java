package dev.clipsift.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The one adapter between per-item work and the pipeline: items that already failed, or that {@link #skip}
 * says are done, pass through untouched; an exception from the work becomes the item's error
 * {@code errors["<stage>.<reason>"]} (reason from an {@link ItemFailure}, else {@code failed}) and the item
 * goes on; a {@link MachineFault} (disk full, I/O error) stops the run instead, so the item stays unfinished
 * for a resume. A failing batch is retried item by item, so one bad item cannot fail its batch-mates.
 */
public abstract class ItemStage<T extends Failable<T>> implements Stage<T, T> {

    /** The work of one worker, one item (or one batch) at a time. */
    public interface ItemWorker<T> extends AutoCloseable {
        T apply(T item) throws Exception;

        /** The batch's results in order; by default item by item. */
        default List<T> applyAll(List<T> items) throws Exception {
            List<T> out = new ArrayList<>(items.size());
            for (T item : items) {
                out.add(apply(item));
            }
            return out;
        }

        @Override
        default void close() throws Exception {}
    }

    /** Sets up one worker's work (load the model once here). */
    protected abstract ItemWorker<T> openItems(StageContext context) throws Exception;

    /** True when the item needs no work from this stage; by default when it has failed already. */
    protected boolean skip(T item) {
        return item.failed();
    }

    @Override
    public final Worker<T, T> open(StageContext context) throws Exception {
        ItemWorker<T> work = openItems(context);
        return new Worker<>() {
            @Override
            public void process(List<T> batch, Emitter<T> out) throws Exception {
                List<T> todo = new ArrayList<>();
                for (T item : batch) {
                    if (!skip(item)) {
                        todo.add(item);
                    }
                }
                List<T> done = todo.isEmpty() ? List.of() : applyAll(work, todo);
                int next = 0;
                for (T item : batch) {
                    out.emit(next < todo.size() && todo.get(next) == item ? done.get(next++) : item);
                }
            }

            @Override
            public void close() throws Exception {
                work.close();
            }
        };
    }

    private List<T> applyAll(ItemWorker<T> work, List<T> items) throws Exception {
        if (items.size() > 1) {
            try {
                return work.applyAll(items);
            } catch (CancellationException | InterruptedException | MachineFault e) {
                throw e;
            } catch (Exception e) {
                if (MachineFault.of(e, name()) != null) {
                    throw MachineFault.of(e, name());
                }
            }
        }
        List<T> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(applyOne(work, item));
        }
        return out;
    }

    private T applyOne(ItemWorker<T> work, T item) throws Exception {
        try {
            return work.apply(item);
        } catch (CancellationException | InterruptedException | MachineFault e) {
            throw e;
        } catch (Exception e) {
            MachineFault fault = MachineFault.of(e, name());
            if (fault != null) {
                throw fault;
            }
            String reason = e instanceof ItemFailure f ? f.reason() : "failed";
            return item.withError(name() + "." + reason, OneLine.of(e));
        }
    }
}
