package dev.clipsift.app.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.FxRuntime;
import dev.clipsift.app.GeneratedVideos;
import dev.clipsift.app.source.LocalFolder;
import dev.clipsift.preview.PreviewCache;
import dev.clipsift.preview.PreviewService;
import dev.clipsift.preview.PreviewSpec;
import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.sample.SampleFile;
import dev.clipsift.sample.Sampler;
import dev.clipsift.source.LocalLister;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleViewModelTest {
    @TempDir
    static Path videos;

    @TempDir
    Path cacheDir;

    private final PrimitiveIterator.OfLong seeds =
            LongStream.iterate(7, s -> s + 1).iterator();

    @BeforeAll
    static void makeVideos() throws IOException {
        FxRuntime.start();
        GeneratedVideos.generate(videos, 16);
        GeneratedVideos.broken(videos, "clip-05b-broken.mp4");
    }

    private SampleViewModel model() throws IOException {
        ProbeService probes = new ProbeService(ProbeCache.open(cacheDir.resolve("probe-cache.jsonl")), 2);
        PreviewService previews = new PreviewService(new PreviewCache(cacheDir.resolve("previews")), PreviewSpec.TILE);
        PreviewLoader loader = new PreviewLoader(previews, new PreviewImages(36), Runnable::run, Runnable::run);
        SampleViewModel vm = new SampleViewModel(
                Runnable::run, Runnable::run, seeds::nextLong, loader, spec -> new LocalFolder(Path.of(spec), probes));
        vm.sourceProperty().set(new LocalFolder(videos, probes));
        return vm;
    }

    private static List<String> shown(SampleViewModel vm) {
        return vm.tiles().stream().map(TileModel::path).toList();
    }

    private static SampleFile cli(int n, long seed) {
        return Sampler.draw(videos.toString(), new LocalLister().list(videos), n, seed);
    }

    @Test
    void drawingGivesTheSameSampleAsTheCliForTheSameFolderSizeAndSeed() throws IOException {
        SampleViewModel vm = model();
        vm.nsamplesProperty().set(10);
        vm.seedTextProperty().set("1234");

        vm.draw();

        assertThat(vm.sampleProperty().get().files()).isEqualTo(cli(10, 1234).files());
        assertThat(vm.sampleProperty().get().seed()).isEqualTo(1234);
    }

    @Test
    void pagesHoldTwelveTilesInSampleOrderAndShowTheSameFilesWhenVisitedAgain() throws IOException {
        SampleViewModel vm = model();
        vm.draw();
        List<String> all = vm.sampleProperty().get().files();
        assertThat(all).hasSize(17);
        assertThat(vm.pageCountBinding().get()).isEqualTo(2);
        List<String> first = shown(vm);
        assertThat(first).hasSize(12).isEqualTo(all.subList(0, 12));

        vm.nextPage();
        List<String> second = shown(vm);
        vm.previousPage();
        vm.lastPage();
        List<String> secondAgain = shown(vm);
        vm.firstPage();

        assertThat(second).isEqualTo(all.subList(12, 17));
        assertThat(secondAgain).isEqualTo(second);
        assertThat(shown(vm)).isEqualTo(first);
        assertThat(vm.sampleProperty().get().files()).isEqualTo(all);
    }

    @Test
    void pagingStopsAtTheFirstAndLastPage() throws IOException {
        SampleViewModel vm = model();
        vm.draw();

        vm.previousPage();
        assertThat(vm.pageProperty().get()).isZero();
        vm.goTo(99);
        assertThat(vm.pageProperty().get()).isEqualTo(1);
        vm.nextPage();
        assertThat(vm.pageProperty().get()).isEqualTo(1);
    }

    @Test
    void resampleTakesANewSeedShowsItAndDrawsOtherFiles() throws IOException {
        SampleViewModel vm = model();
        vm.nsamplesProperty().set(5);
        vm.draw();
        List<String> before = vm.sampleProperty().get().files();

        vm.resample();

        assertThat(vm.seedTextProperty().get()).isEqualTo("7");
        assertThat(vm.sampleProperty().get().seed()).isEqualTo(7);
        assertThat(vm.sampleProperty().get().files())
                .isEqualTo(cli(5, 7).files())
                .isNotEqualTo(before);
        assertThat(vm.pageProperty().get()).isZero();
    }

    @Test
    void everyTileGetsItsProbeRecordAndPreviewAndTheBrokenFileItsReason() throws IOException {
        SampleViewModel vm = model();

        vm.draw();

        assertThat(vm.tiles())
                .allSatisfy(t -> assertThat(t.recordProperty().get()).isNotNull());
        TileModel broken = vm.tiles().stream()
                .filter(t -> t.fileName().contains("broken"))
                .findFirst()
                .orElseThrow();
        assertThat(broken.recordProperty().get().ok()).isFalse();
        assertThat(broken.problemProperty().get())
                .isEqualTo(broken.recordProperty().get().error())
                .isNotBlank();
        assertThat(broken.previewProperty().get()).isNull();
        assertThat(vm.tiles()).filteredOn(t -> t != broken).allSatisfy(t -> {
            assertThat(t.problemProperty().get()).isNull();
            Preview p = t.previewProperty().get();
            assertThat(p).isNotNull();
            int atPreviewRate = (int) PreviewSpec.TILE.fps();
            assertThat(p.frames().size())
                    .as("one second of video at the preview rate")
                    .isBetween(atPreviewRate, atPreviewRate + 1);
            assertThat(p.frames().get(0).getWidth()).isEqualTo(GeneratedVideos.WIDTH);
        });
    }

    @Test
    void openingASavedSampleShowsItsFilesAndSeedAsTheyAreWithoutRedrawing() throws IOException {
        List<String> files = List.of(
                videos.resolve("clip-09.mp4").toString(),
                videos.resolve("clip-02.mp4").toString());
        Path saved = cacheDir.resolve("sample.json");
        new SampleFile(videos.toString(), 99, 2, 17, "test", files).save(saved);
        SampleViewModel vm = model();

        vm.openSampleFile(saved);

        assertThat(shown(vm)).isEqualTo(files);
        assertThat(vm.seedTextProperty().get()).isEqualTo("99");
        assertThat(vm.nsamplesProperty().get()).isEqualTo(2);
    }

    @Test
    void savingTheSampleWritesTheSameSampleFileTheCliReads() throws IOException {
        SampleViewModel vm = model();
        vm.draw();
        Path out = cacheDir.resolve("saved.json");

        vm.saveSample(out);

        assertThat(SampleFile.load(out)).isEqualTo(vm.sampleProperty().get());
    }

    @Test
    void aSeedThatIsNotANumberIsReportedAndTheSampleStays() throws IOException {
        SampleViewModel vm = model();
        vm.draw();
        SampleFile before = vm.sampleProperty().get();

        vm.seedTextProperty().set("abc");
        vm.draw();

        assertThat(vm.sampleProperty().get()).isSameAs(before);
        assertThat(vm.statusProperty().get()).contains("seed must be a whole number");
    }
}
