package dev.clipsift.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.TestData;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlSourceTest {
    private static final Backoff QUICK = new Backoff(4, Duration.ofMillis(20), Duration.ofMillis(100));
    private static ClipServer server;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        server = new ClipServer(TestData.videos());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private Path listFile(String... lines) throws Exception {
        Path f = tmp.resolve("urls.txt");
        Files.write(f, List.of(lines));
        return f;
    }

    private UrlSource source(Path list, List<String> warnings) {
        return UrlSource.ofList(list, new HttpFetcher(QUICK), new DownloadCache(tmp.resolve("cache")), warnings::add);
    }

    @Test
    void aListFileSkipsCommentsAndBlanksAndWarnsAboutLinesThatAreNotUrls() throws Exception {
        List<String> warnings = new ArrayList<>();
        Path list = listFile(
                "# test clips",
                "",
                server.url("bikes.mp4").toString(),
                "  ",
                "ftp://host/x.mp4",
                "   " + server.url("fades.mp4") + "   ");
        try (Stream<SourceItem> items = source(list, warnings).list()) {
            assertThat(items.map(SourceItem::path))
                    .containsExactly(
                            server.url("bikes.mp4").toString(),
                            server.url("fades.mp4").toString());
        }
        assertThat(warnings).singleElement().asString().contains("line 5").contains("not an http(s) URL");
    }

    @Test
    void probingAUrlListReadsEachClipInPlaceAndAMissingUrlFailsAlone() throws Exception {
        Path list = listFile(
                server.url("bikes.mp4").toString(),
                server.url("missing.mp4").toString(),
                server.url("fades.mp4").toString());
        for (ReadMode mode : ReadMode.values()) {
            SourceProber prober = new SourceProber(new ProbeService(null, 2), null, mode, QUICK);
            List<VideoRecord> records = new ArrayList<>();
            prober.probeAll(List.of(source(list, new ArrayList<>())), records::add, new AtomicBoolean());

            assertThat(records).hasSize(3);
            VideoRecord bikes = records.get(0);
            VideoRecord local = new Prober().probe(TestData.video("bikes.mp4"));
            assertThat(bikes)
                    .as(mode.toString())
                    .usingRecursiveComparison()
                    .ignoringFields("path", "mtimeMs")
                    .isEqualTo(local);
            assertThat(records.get(1).ok()).isFalse();
            assertThat(records.get(1).error()).contains("not found (HTTP 404)");
            assertThat(records.get(2).ok()).isTrue();
            assertThat(records.get(2).width()).isEqualTo(480);
        }
    }

    @Test
    void aDownloadThatStallsHalfwayResumesWithARangeRequestAndEndsComplete() throws Exception {
        HttpFetcher stallsAfterOneSecond = new HttpFetcher(QUICK, Duration.ofSeconds(1));
        UrlSource src = UrlSource.ofUrl(
                server.url("testvideo.mp4").toString(), stallsAfterOneSecond, new DownloadCache(tmp.resolve("cache")));
        SourceItem item = src.list().findFirst().orElseThrow();
        server.ranges().clear();
        server.cutShortNext(1);

        Path local = src.materialise(item);

        assertThat(local).hasSameBinaryContentAs(TestData.video("testvideo.mp4"));
        long half = Files.size(TestData.video("testvideo.mp4")) / 2;
        assertThat(server.ranges()).contains("bytes=" + half + "-");
        try (Stream<Path> files = Files.walk(tmp.resolve("cache"))) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(local);
        }
    }

    @Test
    void aUrlThatKeepsFailingLeavesNoCachedFileAndSaysWhy() throws Exception {
        UrlSource src = UrlSource.ofUrl(
                server.url("nothing-here.mp4").toString(),
                new HttpFetcher(QUICK),
                new DownloadCache(tmp.resolve("cache")));
        SourceItem item = src.list().findFirst().orElseThrow();
        assertThatThrownBy(() -> src.materialise(item))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("HTTP 404");
        assertThat(tmp.resolve("cache")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> {
            try (Stream<Path> files = Files.walk(p)) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
        });
    }

    @Test
    void aPresignedUrlIsShownWithoutItsSignatureOrAccessKey() {
        String presigned =
                server.url("bikes.mp4") + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20260101"
                        + "&X-Amz-Signature=abc123&X-Amz-Expires=3600";
        UrlSource src = UrlSource.ofUrl(presigned, new HttpFetcher(QUICK), new DownloadCache(tmp));
        SourceItem item = src.list().findFirst().orElseThrow();
        assertThat(item.path()).isEqualTo(server.url("bikes.mp4").toString());
        assertThat(src.spec()).doesNotContain("AKIAEXAMPLE");
        assertThat(item.toString()).doesNotContain("Signature");
        assertThat(dev.clipsift.io.Json.write(item))
                .doesNotContain("AKIAEXAMPLE")
                .doesNotContain("abc123");
        VideoRecord r = new SourceProber(new ProbeService(null, 1), null, ReadMode.RANGE, QUICK).probe(src, item);
        assertThat(r.ok()).isTrue();
        assertThat(dev.clipsift.io.Json.write(r)).doesNotContain("AKIAEXAMPLE").doesNotContain("abc123");
    }
}
