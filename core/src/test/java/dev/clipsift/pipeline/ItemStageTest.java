package dev.clipsift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one adapter for per-item failures, run through a real pipeline. */
class ItemStageTest {
    /** An item that carries its errors, as the run's items do. */
    record Item(int n, Map<String, String> errors) implements Failable<Item> {
        @Override
        public boolean failed() {
            return !errors.isEmpty();
        }

        @Override
        public Item withError(String key, String message) {
            Map<String, String> e = new TreeMap<>(errors);
            e.put(key, message);
            return new Item(n, e);
        }
    }

    /** An item stage whose work is {@code body}. */
    static ItemStage<Item> itemStage(String name, ItemStage.ItemWorker<Item> body) {
        return new ItemStage<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            protected ItemWorker<Item> openItems(StageContext context) {
                return body;
            }
        };
    }

    @Test
    void anItemStageRecordsAPerItemExceptionAsTheItemsErrorAndPassesFailedItemsThrough() throws Exception {
        AtomicInteger laterCalls = new AtomicInteger();
        ItemStage<Item> check = itemStage("check", item -> {
            if (item.n() % 10 == 3) {
                throw new ItemFailure("odd_three", "item " + item.n() + " ends in 3\nsecond line");
            }
            if (item.n() == 5) {
                throw new java.io.IOException("cannot read 5");
            }
            return item;
        });
        ItemStage<Item> later = itemStage("later", item -> {
            laterCalls.incrementAndGet();
            return item;
        });
        List<Item> got = Collections.synchronizedList(new ArrayList<>());

        new PipelineRunner(2, 0, RunListener.NONE)
                .run(
                        Pipeline.of(check).then(later),
                        IntStream.range(0, 20)
                                .mapToObj(i -> new Item(i, Map.of()))
                                .iterator(),
                        got::add);

        assertThat(got).hasSize(20);
        assertThat(got)
                .filteredOn(i -> i.n() == 13)
                .singleElement()
                .extracting(Item::errors)
                .isEqualTo(Map.of("check.odd_three", "item 13 ends in 3 second line"));
        assertThat(got)
                .filteredOn(i -> i.n() == 5)
                .singleElement()
                .extracting(Item::errors)
                .isEqualTo(Map.of("check.failed", "cannot read 5"));
        assertThat(got).filteredOn(Item::failed).hasSize(3);
        assertThat(laterCalls.get()).as("failed items skip later stages").isEqualTo(17);
    }

    @Test
    void aFullDiskStopsTheRunInsteadOfFailingTheItem() {
        ItemStage<Item> write = itemStage("write", item -> {
            if (item.n() == 4) {
                throw new java.io.IOException(
                        "av_interleaved_write_frame() error -28 while writing interleaved video packet.");
            }
            return item;
        });

        assertThatThrownBy(() -> new PipelineRunner(1, 0, RunListener.NONE)
                        .run(
                                Pipeline.of(write),
                                IntStream.range(0, 100)
                                        .mapToObj(i -> new Item(i, Map.of()))
                                        .iterator(),
                                i -> {}))
                .isInstanceOf(MachineFault.class)
                .satisfies(e -> assertThat(((MachineFault) e).kind()).isEqualTo(MachineFault.Kind.NO_SPACE));
    }
}
