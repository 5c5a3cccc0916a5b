package dev.clipsift.app.grid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.FxRuntime;
import dev.clipsift.app.GeneratedVideos;
import dev.clipsift.app.S3Buckets;
import dev.clipsift.app.grid.GridVideoViewModel.Source;
import dev.clipsift.app.source.OpenedSource;
import dev.clipsift.app.source.SourceAccess;
import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.source.S3TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Make grid video" on an S3 prefix (S3Mock on loopback), opened with the S3 options set in the window. */
class RemoteGridVideoTest {
    @TempDir
    static Path videos;

    @TempDir
    Path cacheDir;

    private static String spec;
    private SourceAccess sources;

    @BeforeAll
    static void upload() throws IOException {
        FxRuntime.start();
        spec = "s3://" + S3Buckets.with("clips/", GeneratedVideos.generate(videos, 6)) + "/clips/";
    }

    @AfterEach
    void close() {
        if (sources != null) {
            sources.close();
        }
    }

    private GridVideoViewModel small(List<String> sample) throws IOException {
        ProbeCache probeCache = ProbeCache.open(cacheDir.resolve("probe-cache.jsonl"));
        sources = new SourceAccess(new ProbeService(probeCache, 1), probeCache, cacheDir.resolve("downloads"));
        sources.settings(S3TestServer.settings());
        OpenedSource opened = sources.open(spec);
        GridVideoViewModel vm = new GridVideoViewModel(
                opened, sample, "42", cacheDir.resolve("grid.mp4"), Runnable::run, Runnable::run);
        vm.colsProperty().set(2);
        vm.rowsProperty().set(2);
        vm.lengthTextProperty().set("1");
        vm.fpsTextProperty().set("10");
        return vm;
    }

    /** The file names in the download cache. */
    private Set<String> downloaded() throws IOException {
        try (Stream<Path> all = Files.walk(cacheDir.resolve("downloads"))) {
            return all.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void theSampleShownOfAnS3PrefixIsDownloadedOnlyAsFarAsItsTilesGo() throws IOException {
        List<String> sample = Stream.of("clip-04.mp4", "clip-01.mp4", "clip-05.mp4", "clip-02.mp4", "clip-00.mp4")
                .map(n -> spec + n)
                .toList();
        GridVideoViewModel vm = small(sample);
        assertThat(vm.sourceProperty().get()).isEqualTo(Source.SAMPLE);

        vm.make();

        assertThat(vm.resultProperty().get())
                .as(vm.job().statusProperty().get())
                .isNotNull();
        assertThat(vm.resultProperty().get().shown())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("clip-04.mp4", "clip-01.mp4", "clip-05.mp4", "clip-02.mp4");
        assertThat(downloaded()).containsExactlyInAnyOrder("clip-04.mp4", "clip-01.mp4", "clip-05.mp4", "clip-02.mp4");
        assertThat(vm.job().statusProperty().get())
                .startsWith("Wrote " + cacheDir.resolve("grid.mp4") + ": 384\u00d7216, 10 frames, 4 tiles.");
    }

    @Test
    void theWholeS3PrefixGivesASeededPickOfFourAndDownloadsOnlyThose() throws IOException {
        GridVideoViewModel vm = small(List.of());
        assertThat(vm.sourceProperty().get()).isEqualTo(Source.FOLDER);
        assertThat(vm.describe(Source.FOLDER)).startsWith("The whole source " + spec);

        vm.make();

        assertThat(vm.resultProperty().get())
                .as(vm.job().statusProperty().get())
                .isNotNull();
        Set<String> shown = vm.resultProperty().get().shown().stream()
                .map(p -> p.getFileName().toString())
                .collect(Collectors.toSet());
        assertThat(shown).hasSize(4);
        assertThat(downloaded()).isEqualTo(shown);
        assertThat(cacheDir.resolve("grid.mp4")).isNotEmptyFile();
    }

    @Test
    void aSampledVideoDeletedFromTheBucketIsSkippedAndTheOthersStillMakeTheGrid() throws IOException {
        GridVideoViewModel vm = small(List.of(spec + "clip-03.mp4", spec + "gone.mp4"));

        vm.make();

        assertThat(vm.resultProperty().get())
                .as(vm.job().statusProperty().get())
                .isNotNull();
        assertThat(vm.job().statusProperty().get())
                .contains("1 tiles; 1 skipped (skipping " + spec + "gone.mp4: no longer in " + spec);
        assertThat(downloaded()).containsExactly("clip-03.mp4");
    }
}
