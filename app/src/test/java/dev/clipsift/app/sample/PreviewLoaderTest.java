package dev.clipsift.app.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.FxRuntime;
import dev.clipsift.app.GeneratedVideos;
import dev.clipsift.app.ManualExecutor;
import dev.clipsift.app.source.LocalFolder;
import dev.clipsift.preview.PreviewCache;
import dev.clipsift.preview.PreviewService;
import dev.clipsift.preview.PreviewSpec;
import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewLoaderTest {
    @TempDir
    static Path videos;

    static List<Path> files;

    @TempDir
    Path cacheDir;

    @BeforeAll
    static void makeVideos() throws IOException {
        FxRuntime.start();
        files = GeneratedVideos.generate(videos, 4);
    }

    private LocalFolder folder;

    private PreviewLoader loader(ManualExecutor pool, PreviewImages images) throws IOException {
        ProbeService probes = new ProbeService(ProbeCache.open(cacheDir.resolve("probe-cache.jsonl")), 1);
        folder = new LocalFolder(videos, probes);
        PreviewService previews = new PreviewService(new PreviewCache(cacheDir.resolve("previews")), PreviewSpec.TILE);
        return new PreviewLoader(previews, images, pool, Runnable::run);
    }

    private static String file(int i) {
        return files.get(i).toString();
    }

    private static List<TileModel> tiles(int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(i -> new TileModel(file(i), i))
                .toList();
    }

    @Test
    void showingAnotherPageCancelsTheLoadsQueuedForTheLastOne() throws IOException {
        ManualExecutor pool = new ManualExecutor();
        PreviewLoader loader = loader(pool, new PreviewImages(8));
        List<TileModel> oldPage = tiles(0, 2);
        List<TileModel> newPage = tiles(2, 4);

        loader.show(folder, oldPage, List.of());
        loader.show(folder, newPage, List.of());
        pool.runAll();

        assertThat(oldPage).allSatisfy(t -> {
            assertThat(t.recordProperty().get()).isNull();
            assertThat(t.previewProperty().get()).isNull();
        });
        assertThat(newPage)
                .allSatisfy(t -> assertThat(t.previewProperty().get()).isNotNull());
    }

    @Test
    void thePageFutureCompletesOnlyWhenEveryVisibleTileHasItsFrameNotWhenTheNextPageIsWarmed() throws IOException {
        ManualExecutor pool = new ManualExecutor();
        PreviewLoader loader = loader(pool, new PreviewImages(8));
        List<TileModel> visible = tiles(0, 2);

        CompletableFuture<Void> shown = loader.show(folder, visible, List.of(file(2), file(3)));
        assertThat(shown).isNotDone();
        pool.runAll();

        assertThat(shown).isDone();
        assertThat(visible)
                .allSatisfy(t -> assertThat(t.previewProperty().get()).isNotNull());
    }

    @Test
    void aPageReplacedBeforeItLoadedCompletesItsFutureSoNobodyWaitsForItForever() throws IOException {
        ManualExecutor pool = new ManualExecutor();
        PreviewLoader loader = loader(pool, new PreviewImages(8));

        CompletableFuture<Void> old = loader.show(folder, tiles(0, 2), List.of());
        CompletableFuture<Void> current = loader.show(folder, tiles(2, 3), List.of());

        assertThat(old).isDone();
        assertThat(current).isNotDone();
        pool.runAll();
        assertThat(current).isDone();
    }

    @Test
    void theVisiblePageIsQueuedBeforeTheNextPageIsWarmed() throws IOException {
        ManualExecutor pool = new ManualExecutor();
        PreviewImages images = new PreviewImages(8);
        PreviewLoader loader = loader(pool, images);
        List<TileModel> visible = tiles(0, 2);

        loader.show(folder, visible, List.of(file(2), file(3)));
        assertThat(pool.pending()).isEqualTo(4);
        pool.runAll();

        assertThat(visible)
                .allSatisfy(t -> assertThat(t.previewProperty().get()).isNotNull());
        assertThat(images.get(file(3))).as("next page warmed into memory").isNotNull();
    }

    @Test
    void aPreviewAlreadyInMemoryIsShownAtOnceWithoutWaitingForTheQueue() throws IOException {
        ManualExecutor pool = new ManualExecutor();
        PreviewImages images = new PreviewImages(8);
        PreviewLoader loader = loader(pool, images);
        loader.show(folder, tiles(0, 1), List.of());
        pool.runAll();

        List<TileModel> again = tiles(0, 1);
        loader.show(folder, again, List.of());

        assertThat(again.get(0).previewProperty().get())
                .isSameAs(images.get(file(0)))
                .isNotNull();
    }

    @Test
    void theMemoryCacheDropsTheLeastRecentlyUsedPreview() {
        PreviewImages images = new PreviewImages(2);
        Preview a = new Preview(List.of(), 200);
        images.put("a", a);
        images.put("b", new Preview(List.of(), 200));
        images.get("a");

        images.put("c", new Preview(List.of(), 200));

        assertThat(images.get("a")).isSameAs(a);
        assertThat(images.get("b")).isNull();
        assertThat(images.size()).isEqualTo(2);
    }
}
