package dev.clipsift.app.grid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.FxRuntime;
import dev.clipsift.app.GeneratedVideos;
import dev.clipsift.app.ManualExecutor;
import dev.clipsift.app.grid.GridVideoViewModel.Source;
import dev.clipsift.app.source.LocalFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridVideoViewModelTest {
    @TempDir
    static Path videos;

    @TempDir
    Path out;

    private static List<Path> files;

    @BeforeAll
    static void makeVideos() throws IOException {
        FxRuntime.start();
        files = GeneratedVideos.generate(videos, 4);
    }

    private GridVideoViewModel small(List<Path> sample, java.util.concurrent.Executor jobs) {
        GridVideoViewModel vm = new GridVideoViewModel(
                new LocalFolder(videos, null),
                sample.stream().map(Path::toString).toList(),
                "42",
                out.resolve("grid.mp4"),
                jobs,
                Runnable::run);
        vm.colsProperty().set(2);
        vm.rowsProperty().set(2);
        vm.lengthTextProperty().set("1");
        vm.fpsTextProperty().set("10");
        return vm;
    }

    private List<Path> outputFolder() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.toList();
        }
    }

    @Test
    void cancellingWhileTheGridIsBeingWrittenLeavesNoFileAndSaysSo() throws IOException {
        GridVideoViewModel vm = small(files, Runnable::run);
        vm.lengthTextProperty().set("4");
        vm.job().progressProperty().addListener((o, a, p) -> {
            if (p.doubleValue() > 0 && p.doubleValue() < 1) {
                vm.cancel();
            }
        });

        vm.make();

        assertThat(vm.job().statusProperty().get()).isEqualTo("Cancelled: nothing was written.");
        assertThat(vm.job().runningProperty().get()).isFalse();
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(outputFolder())
                .as("neither the video nor its temporary file")
                .isEmpty();
    }

    @Test
    void cancellingBeforeTheJobStartsWritesNothing() throws IOException {
        ManualExecutor jobs = new ManualExecutor();
        GridVideoViewModel vm = small(files, jobs);

        vm.make();
        assertThat(vm.job().runningProperty().get()).isTrue();
        vm.cancel();
        jobs.runAll();

        assertThat(vm.job().statusProperty().get()).isEqualTo("Cancelled: nothing was written.");
        assertThat(outputFolder()).isEmpty();
    }

    @Test
    void theSampleShownIsUsedInSampleOrderUpToTheTileCount() {
        List<Path> sample = List.of(files.get(3), files.get(1), files.get(2), files.get(0));
        GridVideoViewModel vm = small(sample, Runnable::run);
        vm.colsProperty().set(1);
        vm.rowsProperty().set(3);

        vm.make();

        assertThat(vm.resultProperty().get())
                .as(vm.job().statusProperty().get())
                .isNotNull();
        assertThat(vm.resultProperty().get().shown()).isEqualTo(sample.subList(0, 3));
        assertThat(vm.job().statusProperty().get())
                .startsWith("Wrote " + out.resolve("grid.mp4") + ": 192\u00d7324, 10 frames, 3 tiles");
    }

    @Test
    void aFolderOfBrokenFilesSaysNoValidVideosFound() throws IOException {
        Path bad = Files.createDirectory(out.resolve("bad"));
        GeneratedVideos.broken(bad, "a.mp4");
        GeneratedVideos.broken(bad, "b.mkv");
        GridVideoViewModel vm = new GridVideoViewModel(
                new LocalFolder(bad, null), List.of(), "1", out.resolve("grid.mp4"), Runnable::run, Runnable::run);
        assertThat(vm.sourceProperty().get()).isEqualTo(Source.FOLDER);

        vm.make();

        assertThat(vm.job().statusProperty().get()).startsWith("No valid videos found");
        assertThat(out.resolve("grid.mp4")).doesNotExist();
    }

    @Test
    void badOptionsAreExplainedAndNothingStarts() {
        ManualExecutor jobs = new ManualExecutor();
        GridVideoViewModel vm = small(files, jobs);
        vm.seedTextProperty().set("abc");
        vm.make();
        assertThat(vm.job().statusProperty().get()).isEqualTo("The seed must be a whole number, not \"abc\".");

        vm.seedTextProperty().set("3");
        vm.outputTextProperty().set(out.resolve("grid.gif").toString());
        vm.make();
        assertThat(vm.job().statusProperty().get()).startsWith("The output must be an .mp4 file");

        vm.outputTextProperty().set(out.resolve("grid.mp4").toString());
        vm.fpsTextProperty().set("0");
        vm.make();
        assertThat(vm.job().statusProperty().get()).contains("must be positive");

        assertThat(jobs.pending()).isZero();
        assertThat(vm.job().runningProperty().get()).isFalse();
    }
}
