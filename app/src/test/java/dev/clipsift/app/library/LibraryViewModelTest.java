package dev.clipsift.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.GeneratedVideos;
import dev.clipsift.app.ManualExecutor;
import dev.clipsift.app.source.LocalFolder;
import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.probe.VideoRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

class LibraryViewModelTest {
    @TempDir
    static Path videos;

    @TempDir
    Path cacheDir;

    @BeforeAll
    static void makeVideos() throws IOException {
        GeneratedVideos.generate(videos, 3);
        GeneratedVideos.broken(videos, "broken.mp4");
        Files.writeString(videos.resolve("notes.txt"), "not a video");
    }

    private ProbeService probes;

    private LibraryViewModel model(ManualExecutor background) throws IOException {
        probes = new ProbeService(ProbeCache.open(cacheDir.resolve("probe-cache.jsonl")), 2);
        return new LibraryViewModel(probes, background, Runnable::run);
    }

    private LocalFolder folder(Path dir) {
        return new LocalFolder(dir, probes);
    }

    @Test
    void openingAFolderListsEveryVideoWithItsMetadataAndTheBrokenFileWithItsReason() throws IOException {
        ManualExecutor background = new ManualExecutor();
        LibraryViewModel vm = model(background);

        vm.open(folder(videos));
        assertThat(vm.busyProperty().get()).isTrue();
        background.runAll();

        assertThat(vm.records())
                .extracting(VideoRecord::fileName)
                .containsExactly("broken.mp4", "clip-00.mp4", "clip-01.mp4", "clip-02.mp4");
        assertThat(vm.records()).filteredOn(VideoRecord::ok).allSatisfy(r -> {
            assertThat(r.width()).isEqualTo(GeneratedVideos.WIDTH);
            assertThat(r.height()).isEqualTo(GeneratedVideos.HEIGHT);
            assertThat(r.codec()).isEqualTo("mpeg4");
            assertThat(r.durationS()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.1));
        });
        VideoRecord broken = vm.records().get(0);
        assertThat(broken.ok()).isFalse();
        assertThat(broken.error()).isNotBlank();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.statusProperty().get()).isEqualTo("4 videos, 1 unreadable");
    }

    @Test
    void probingWaitsUntilTheGivenFutureCompletesButTheListingIsCountedAtOnce() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        ExecutorService ui = Executors.newSingleThreadExecutor();
        try {
            probes = new ProbeService(ProbeCache.open(cacheDir.resolve("probe-cache.jsonl")), 2);
            LibraryViewModel vm = new LibraryViewModel(probes, background, ui);
            CompletableFuture<Void> firstPage = new CompletableFuture<>();

            ui.submit(() -> vm.open(folder(videos), firstPage)).get();
            waitOn(ui, () -> vm.statusProperty().get().startsWith("Listed "));

            assertThat(ui.submit(() -> vm.statusProperty().get()).get())
                    .isEqualTo("Listed 4 videos; probing them once the sample's first page shows \u2026");
            assertThat(ui.submit(() ->
                                    vm.records().isEmpty() && vm.busyProperty().get())
                            .get())
                    .as("nothing probed yet, still busy")
                    .isTrue();
            firstPage.complete(null);
            waitOn(ui, () -> !vm.busyProperty().get());
            assertThat(ui.submit(() -> List.copyOf(vm.records())).get()).hasSize(4);
            assertThat(ui.submit(() -> vm.statusProperty().get()).get()).isEqualTo("4 videos, 1 unreadable");
        } finally {
            background.shutdownNow();
            ui.shutdownNow();
        }
    }

    /** Waits up to 30 s for {@code condition}, read on the view model's own UI thread {@code ui}. */
    private static void waitOn(ExecutorService ui, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> ui.submit(condition).get());
    }

    @Test
    void aPathThatIsNotAFolderIsReportedAndNothingIsListed() throws IOException {
        ManualExecutor background = new ManualExecutor();
        LibraryViewModel vm = model(background);

        vm.open(folder(videos.resolve("no-such-folder")));

        assertThat(background.pending()).isZero();
        assertThat(vm.records()).isEmpty();
        assertThat(vm.statusProperty().get()).startsWith("Not a folder: ");
    }

    @Test
    void aCancelledJobAddsNothingMoreAndSaysItWasCancelled() throws IOException {
        ManualExecutor background = new ManualExecutor();
        LibraryViewModel vm = model(background);
        vm.open(folder(videos));

        vm.cancel();
        background.runAll();

        assertThat(vm.records()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Cancelled");
    }

    @Test
    void openingAnotherFolderReplacesTheListing() throws IOException {
        ManualExecutor background = new ManualExecutor();
        LibraryViewModel vm = model(background);
        vm.open(folder(videos));
        background.runAll();
        Path other = Files.createDirectories(cacheDir.resolve("other"));
        Files.copy(videos.resolve("clip-01.mp4"), other.resolve("only.mp4"));

        vm.open(folder(other));
        background.runAll();

        assertThat(vm.records()).extracting(VideoRecord::fileName).containsExactly("only.mp4");
        assertThat(vm.sourceProperty().get().folder()).isEqualTo(other);
    }
}
