package dev.clipsift.app.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.app.FxRuntime;
import dev.clipsift.app.LockedExecutor;
import dev.clipsift.app.S3Buckets;
import dev.clipsift.app.source.SourceAccess;
import dev.clipsift.io.Json;
import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.source.S3TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Curate" on an S3 prefix (S3Mock on loopback) of two 4 s videos, into a local output folder. */
class RemoteCurateTest {
    @TempDir
    static Path input;

    @TempDir
    Path work;

    private static String spec;

    @BeforeAll
    static void upload() throws IOException {
        FxRuntime.start();
        Path clip = TestData.video("carphone_pristine.mp4");
        for (String name : List.of("a.mp4", "b.mp4")) {
            Files.copy(clip, input.resolve(name));
        }
        spec = "s3://" + S3Buckets.with("in/", List.of(input.resolve("a.mp4"), input.resolve("b.mp4"))) + "/in/";
    }

    @Test
    void anS3PrefixIsCuratedIntoALocalFolderWithTheS3OptionsItWasOpenedWith() throws IOException {
        ProbeCache probeCache = ProbeCache.open(work.resolve("probe-cache.jsonl"));
        try (SourceAccess sources =
                new SourceAccess(new ProbeService(probeCache, 1), probeCache, work.resolve("downloads"))) {
            sources.settings(S3TestServer.settings());
            CurateViewModel vm = new CurateViewModel(sources.open(spec), Runnable::run, new LockedExecutor(), 2);
            sources.settings(S3Buckets.unreachable());
            vm.outputTextProperty().set(work.resolve("run").toString());

            vm.start();

            assertThat(vm.job().statusProperty().get()).startsWith("2 videos (0 failed), ");
            assertThat(vm.clips()).isNotEmpty().allSatisfy(c -> assertThat(c.valid())
                    .isTrue());
            assertThat(vm.clips())
                    .extracting(c -> c.source().video())
                    .containsOnly(spec + "a.mp4", spec + "b.mp4")
                    .contains(spec + "a.mp4", spec + "b.mp4");
            assertThat(work.resolve("run/summary.json")).exists();
            assertThat(Json.mapper()
                            .readTree(work.resolve("run/config.json").toFile())
                            .get("config")
                            .get("input")
                            .asText())
                    .isEqualTo(spec);
        }
    }
}
