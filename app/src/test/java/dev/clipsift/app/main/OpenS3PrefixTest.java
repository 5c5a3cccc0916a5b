package dev.clipsift.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.FxRuntime;
import dev.clipsift.app.GeneratedVideos;
import dev.clipsift.app.S3Buckets;
import dev.clipsift.app.library.LibraryViewModel;
import dev.clipsift.app.sample.SampleViewModel;
import dev.clipsift.app.sample.TileModel;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.source.S3TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening an S3 prefix (on S3Mock) from the path field: listed, probed in place, sampled, previews of the page. */
class OpenS3PrefixTest {
    @TempDir
    static Path videos;

    @TempDir
    Path cacheDir;

    private static String bucket;
    private ManualMainModel main;
    private MainViewModel model;

    @BeforeAll
    static void upload() throws IOException {
        FxRuntime.start();
        List<Path> files = new ArrayList<>(GeneratedVideos.generate(videos, 13));
        files.add(GeneratedVideos.broken(videos, "clip-05b-broken.mp4"));
        bucket = S3Buckets.with("clips/", files);
    }

    @BeforeEach
    void open() throws IOException {
        main = new ManualMainModel(cacheDir);
        model = main.model();
    }

    @AfterEach
    void close() {
        main.close();
    }

    /** The file names in the download cache. */
    private Set<String> downloaded() throws IOException {
        Path dir = cacheDir.resolve("downloads");
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".mp4"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void anS3PrefixTypedIntoThePathFieldIsListedProbedAndItsFirstPageShowsPreviews() throws IOException {
        model.s3Settings(S3TestServer.settings());
        String spec = "s3://" + bucket + "/clips/";
        model.folderTextProperty().set(spec);

        model.openTyped();
        main.settle();

        LibraryViewModel library = model.library();
        assertThat(library.statusProperty().get()).isEqualTo("14 videos, 1 unreadable");
        assertThat(library.records())
                .extracting(VideoRecord::path)
                .allSatisfy(p -> assertThat(p).startsWith(spec))
                .doesNotContain("s3://" + bucket + "/elsewhere/outside.mp4");
        assertThat(library.records()).filteredOn(VideoRecord::ok).hasSize(13).allSatisfy(r -> {
            assertThat(r.width()).isEqualTo(GeneratedVideos.WIDTH);
            assertThat(r.codec()).isEqualTo("mpeg4");
        });
        List<TileModel> tiles = model.sample().tiles();
        assertThat(tiles).hasSize(SampleViewModel.PAGE_SIZE);
        assertThat(tiles)
                .filteredOn(t -> t.problemProperty().get() == null)
                .allSatisfy(t -> assertThat(t.previewProperty().get()).isNotNull());
        assertThat(model.sample().sourceOpen().get())
                .as("grid video and curation take an open S3 prefix")
                .isTrue();
        assertThat(model.overview()).isNotNull();
    }

    @Test
    void onlyTheVisiblePagesVideosAreDownloadedAndTheNextPageOnlyWhenItIsShown() throws IOException {
        model.s3Settings(S3TestServer.settings());
        model.open("s3://" + bucket + "/clips/");
        main.settle();
        Set<String> firstPage = downloaded();
        Set<String> expected = new HashSet<>();
        model.sample().tiles().forEach(t -> expected.add(t.fileName()));
        // probing reads in place; only an object that reads as broken is confirmed on a downloaded copy
        model.library().records().stream().filter(r -> !r.ok()).forEach(r -> expected.add(r.fileName()));

        model.sample().nextPage();
        main.settle();

        assertThat(firstPage).isEqualTo(expected);
        assertThat(downloaded()).hasSize(14);
        assertThat(model.sample().tiles()).hasSize(2).allSatisfy(t -> assertThat(t.path())
                .startsWith("s3://" + bucket + "/clips/"));
    }

    @Test
    void anUnreachableEndpointIsReportedInWordsWithoutAStackTraceAndNothingOfTheLastSourceStaysShown()
            throws IOException {
        model.s3Settings(S3TestServer.settings());
        model.open("s3://" + bucket + "/clips/");
        main.settle();
        assertThat(model.sample().tiles()).hasSize(SampleViewModel.PAGE_SIZE);
        model.s3Settings(S3Buckets.unreachable());

        model.open("s3://" + bucket + "/clips/");
        main.settle();

        String status = model.library().statusProperty().get();
        assertThat(status)
                .startsWith("Cannot list s3://" + bucket
                        + "/clips/: endpoint unreachable: nothing answers at http://127.0.0.1:");
        assertThat(status).as("said once").doesNotContain("cannot list");
        assertThat(model.sample().statusProperty().get()).contains("endpoint unreachable");
        assertThat(status + model.sample().statusProperty().get())
                .doesNotContain("Exception")
                .doesNotContain("\n")
                .doesNotContain("\tat ");
        assertThat(model.library().records()).isEmpty();
        assertThat(model.sample().tiles()).isEmpty();
        assertThat(model.sample().sampleProperty().get()).isNull();
    }
}
