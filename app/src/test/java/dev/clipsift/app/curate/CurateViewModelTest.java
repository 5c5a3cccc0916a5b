package dev.clipsift.app.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.app.FxRuntime;
import dev.clipsift.app.GeneratedVideos;
import dev.clipsift.app.LockedExecutor;
import dev.clipsift.app.ManualExecutor;
import dev.clipsift.app.source.LocalFolder;
import dev.clipsift.bench.InstantVlmServer;
import dev.clipsift.engine.DefaultFamilies;
import dev.clipsift.model.Caption;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.pipeline.StageProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real curation runs (the engine of {@code clipsift run}) over a 4 s shared clip, copied three times, and a broken file. */
class CurateViewModelTest {
    @TempDir
    static Path input;

    @TempDir
    Path work;

    @BeforeAll
    static void makeInput() throws IOException {
        FxRuntime.start();
        Path clip = TestData.video("carphone_pristine.mp4");
        for (String name : List.of("a.mp4", "b.mp4", "c.mp4")) {
            Files.copy(clip, input.resolve(name));
        }
        GeneratedVideos.broken(input, "broken.mp4");
    }

    private CurateViewModel model(java.util.concurrent.Executor jobs) {
        CurateViewModel vm = new CurateViewModel(new LocalFolder(input, null), jobs, new LockedExecutor(), 2);
        vm.outputTextProperty().set(work.resolve("run").toString());
        return vm;
    }

    private List<String> clipFilesOnDisk(String ext) throws IOException {
        try (Stream<Path> s = Files.list(work.resolve("run/clips"))) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(ext))
                    .map(n -> n.substring(0, n.length() - ext.length()))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void aFinishedRunListsEveryClipItsRunFolderHoldsAndCountsTheBrokenVideoAsFailed() throws IOException {
        CurateViewModel vm = model(Runnable::run);

        vm.start();

        assertThat(vm.job().runningProperty().get()).isFalse();
        assertThat(vm.job().statusProperty().get()).startsWith("4 videos (1 failed), ");
        assertThat(vm.clips()).isNotEmpty();
        assertThat(clipFilesOnDisk(".mp4")).isEqualTo(clipFilesOnDisk(".json"));
        assertThat(vm.clips()).extracting(ClipRecord::id).containsExactlyInAnyOrderElementsOf(clipFilesOnDisk(".json"));
        assertThat(vm.clips()).extracting(c -> c.source().video()).isSorted();
        assertThat(vm.clips()).allSatisfy(c -> {
            assertThat(c.valid()).isTrue();
            assertThat(Path.of(c.source().video()).getParent()).isEqualTo(input);
        });
        assertThat(work.resolve("run/summary.json")).exists();
        assertThat(vm.stages()).extracting(StageProgress::stage).containsExactlyElementsOf(DefaultFamilies.runStages());
        assertThat(vm.stages().get(0).itemsIn()).as("every video probed").isEqualTo(4);
        assertThat(vm.stages().get(vm.stages().size() - 1).itemsOut())
                .as("a record per video")
                .isEqualTo(4);
        assertThat(vm.job().progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void withACaptioningServerEveryClipGetsItsCaptionAndAModelIsRequired() throws IOException {
        try (InstantVlmServer server = new InstantVlmServer()) {
            CurateViewModel vm = model(Runnable::run);
            vm.captionEndpointProperty().set(server.endpoint());

            vm.start();

            assertThat(vm.job().statusProperty().get()).contains("captioning model");
            assertThat(work.resolve("run")).doesNotExist();

            vm.captionModelProperty().set(InstantVlmServer.MODEL);
            vm.start();

            assertThat(vm.job().statusProperty().get()).startsWith("4 videos (1 failed), ");
            assertThat(vm.clips()).isNotEmpty().allSatisfy(c -> {
                Caption v0 = c.captions().version("v0").orElseThrow();
                assertThat(v0.state()).isEqualTo(Caption.State.OK);
                assertThat(v0.text()).isEqualTo("A caption.");
            });
            assertThat(server.requestBytes())
                    .as("the images went to the server")
                    .isPositive();
        }
    }

    @Test
    void aRunCancelledAfterItsFirstVideoKeepsWhatIsDoneAndStartingAgainFinishesIt() throws IOException {
        CurateViewModel vm = model(Runnable::run);
        Runnable[] cancelOnce = {vm::cancel};
        vm.job().progressProperty().addListener((o, a, p) -> {
            if (p.doubleValue() > 0 && cancelOnce[0] != null) {
                cancelOnce[0].run();
                cancelOnce[0] = null;
            }
        });

        vm.start();

        assertThat(vm.job().statusProperty().get())
                .startsWith("Cancelled: the clips finished so far are kept in " + work.resolve("run"));
        assertThat(vm.clips()).isEmpty();
        assertThat(work.resolve("run/summary.json")).doesNotExist();
        assertThat(clipFilesOnDisk(".mp4")).as("no half-written clip").isEqualTo(clipFilesOnDisk(".json"));

        vm.start();

        assertThat(vm.job().statusProperty().get()).startsWith("4 videos (1 failed), ");
        assertThat(vm.clips()).extracting(ClipRecord::id).containsExactlyInAnyOrderElementsOf(clipFilesOnDisk(".json"));
        assertThat(vm.clips())
                .extracting(c -> Path.of(c.source().video()).getFileName().toString())
                .contains("a.mp4", "b.mp4", "c.mp4");
    }

    @Test
    void cancellingBeforeTheJobRunsWritesNoRunFolder() {
        ManualExecutor jobs = new ManualExecutor();
        CurateViewModel vm = model(jobs);

        vm.start();
        vm.cancel();
        jobs.runAll();

        assertThat(vm.job().statusProperty().get()).isEqualTo("Cancelled before it started: nothing was written.");
        assertThat(work.resolve("run")).doesNotExist();
    }

    @Test
    void anOutputFolderInsideTheInputIsRefusedBecauseItsClipsWouldBecomeInputs() {
        ManualExecutor jobs = new ManualExecutor();
        CurateViewModel vm = model(jobs);
        vm.outputTextProperty().set(input.resolve("clips-out").toString());

        vm.start();

        assertThat(vm.job().statusProperty().get()).startsWith("Choose an output folder outside " + input);
        assertThat(jobs.pending()).isZero();
    }
}
