package dev.clipsift.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.TestData;
import dev.clipsift.io.Json;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HfSourceTest {
    private static final Backoff QUICK = new Backoff(3, Duration.ofMillis(20), Duration.ofMillis(100));
    private static final String DATASET = "hf://datasets/clipsift/clips";

    @TempDir
    Path tmp;

    private HfSource source(URI endpoint, String token, String spec, HttpFetcher http) {
        return new HfSource(
                HfLocation.parse(spec), new HfSettings(endpoint, token), http, new DownloadCache(tmp.resolve("cache")));
    }

    private HfSource source(HubServer hub, String token, String spec) {
        return source(hub.endpoint(), token, spec, new HttpFetcher(QUICK));
    }

    private static List<SourceItem> list(Source source) {
        try (Stream<SourceItem> items = source.list()) {
            return items.toList();
        }
    }

    private static List<HubServer.Request> treeRequests(HubServer hub) {
        return hub.requests().stream()
                .filter(r -> r.rawPath().startsWith("/api/"))
                .toList();
    }

    @Test
    void listingFollowsTheLinkHeaderAcrossPagesAndKeepsOnlyTheVideosWithTheirSizes() throws Exception {
        try (HubServer hub = HubDataset.start(null)) {
            List<SourceItem> items = list(source(hub, null, DATASET));

            assertThat(items)
                    .extracting(SourceItem::path)
                    .containsExactly(
                            DATASET + "/videos/bikes.mp4", DATASET + "/videos/street/carphone_pristine.mp4",
                            DATASET + "/videos/street/fades.mp4", DATASET + "/videos/with space \u00fc.mp4");
            for (SourceItem item : items) {
                assertThat(item.sizeBytes())
                        .isEqualTo(Files.size(HubDataset.files().get(item.location())));
            }
            assertThat(treeRequests(hub)).hasSize(2);
            assertThat(treeRequests(hub).get(0).query()).isEqualTo("recursive=true");
            assertThat(treeRequests(hub).get(1).query()).contains("cursor=4");
        }
    }

    @Test
    void aSubfolderAtARevisionIsListedAloneAndShownWithTheRevision() throws Exception {
        try (HubServer hub = HubDataset.start(null)) {
            HfSource src = source(hub, null, DATASET + "@v1.0/videos/street/");

            assertThat(src.spec()).isEqualTo(DATASET + "@v1.0/videos/street");
            assertThat(list(src))
                    .extracting(SourceItem::path)
                    .containsExactly(
                            DATASET + "@v1.0/videos/street/carphone_pristine.mp4",
                            DATASET + "@v1.0/videos/street/fades.mp4");
            assertThat(treeRequests(hub))
                    .singleElement()
                    .extracting(HubServer.Request::rawPath)
                    .isEqualTo("/api/datasets/clipsift/clips/tree/v1.0/videos/street");
        }
    }

    @Test
    void aPathNamingOneVideoIsThatFileSizedByARangedRead() throws Exception {
        try (HubServer hub = HubDataset.start(null)) {
            HfSource src = source(hub, null, DATASET + "/videos/bikes.mp4");
            SourceItem item = list(src).get(0);

            assertThat(list(src)).hasSize(1);
            assertThat(src.describe(item).sizeBytes()).isEqualTo(Files.size(TestData.video("bikes.mp4")));
            assertThat(treeRequests(hub)).isEmpty();
        }
    }

    @Test
    void aPrivateDatasetWithoutATokenSaysItNeedsOneAndAWrongTokenIsNeverRepeated() throws Exception {
        try (HubServer hub = HubDataset.start(HubDataset.TOKEN)) {
            assertThatThrownBy(() -> list(source(hub, null, DATASET)))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("needs a token (HTTP 401)")
                    .hasMessageContaining("HF_TOKEN")
                    .hasMessageContaining(DATASET);
            assertThatThrownBy(() -> list(source(hub, "hf_WrongToken", DATASET)))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("access denied (HTTP 401)")
                    .hasMessageNotContaining("hf_WrongToken");
        }
    }

    @Test
    void aGatedDatasetAsksToAcceptItsTermsOnTheHub() throws Exception {
        try (HubServer hub = HubDataset.start(HubDataset.TOKEN)) {
            hub.gated(true);
            HfSource src = source(hub, HubDataset.TOKEN, DATASET);
            assertThatThrownBy(() -> list(src))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("HTTP 403")
                    .hasMessageContaining("accept the dataset's terms on the Hub")
                    .hasMessageNotContaining(HubDataset.TOKEN);
            SourceItem one = new SourceItem(DATASET + "/videos/bikes.mp4", null, null, "videos/bikes.mp4");
            assertThatThrownBy(() -> src.materialise(one))
                    .hasMessageContaining("HTTP 403")
                    .hasMessageNotContaining(HubDataset.TOKEN);
        }
    }

    @Test
    void missingDatasetsPathsAndRevisionsAreNamedInWords() throws Exception {
        try (HubServer hub = HubDataset.start(HubDataset.TOKEN)) {
            assertThatThrownBy(() -> list(source(hub, HubDataset.TOKEN, "hf://datasets/clipsift/nope")))
                    .hasMessageContaining("cannot list hf://datasets/clipsift/nope: no such dataset (HTTP 404)");
            assertThatThrownBy(() -> list(source(hub, HubDataset.TOKEN, DATASET + "/no/such/folder")))
                    .hasMessageContaining("no such dataset or path (HTTP 404)");
            assertThatThrownBy(() -> list(source(hub, HubDataset.TOKEN, DATASET + "@v9")))
                    .hasMessageContaining("no such revision 'v9' (HTTP 404)");
            HfSource src = source(hub, HubDataset.TOKEN, DATASET + "/videos/gone.mp4");
            SourceItem gone = list(src).get(0);
            assertThatThrownBy(() -> src.materialise(gone))
                    .hasMessageContaining("HTTP 404")
                    .hasMessageContaining("videos/gone.mp4");
            assertThat(tmp.resolve("cache")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(
                            Files.walk(p).filter(Files::isRegularFile))
                    .isEmpty());
        }
    }

    @Test
    void withATokenDownloadsFollowTheRedirectAndTheCdnNeverSeesTheToken() throws Exception {
        try (HubServer hub = HubDataset.start(HubDataset.TOKEN)) {
            HfSource src = source(hub, HubDataset.TOKEN, DATASET);
            for (SourceItem item : list(src)) {
                Path local = src.materialise(item);
                assertThat(local).hasSameBinaryContentAs(HubDataset.files().get(item.location()));
                assertThat(local).startsWith(tmp.resolve("cache/hf/datasets/clipsift/clips/main"));
            }
            assertThat(hub.cdn().authorizedRequests()).isZero();
            assertThat(hub.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.authorization())
                    .isEqualTo("Bearer " + HubDataset.TOKEN));
        }
    }

    @Test
    void withATokenFfmpegReadsTheSignedCdnUrlInPlaceAndTheRecordMatchesTheLocalFile() throws Exception {
        try (HubServer hub = HubDataset.start(HubDataset.TOKEN)) {
            HfSource src = source(hub, HubDataset.TOKEN, DATASET + "/videos/bikes.mp4");
            SourceItem item = list(src).get(0);

            String url = src.readUrl(item);
            VideoRecord r = new SourceProber(new ProbeService(null, 1), null, ReadMode.RANGE, QUICK).probe(src, item);

            assertThat(url).startsWith(hub.cdn().url("bikes.mp4").toString()).doesNotContain(HubDataset.TOKEN);
            assertThat(r.path()).isEqualTo(DATASET + "/videos/bikes.mp4");
            assertThat(r)
                    .usingRecursiveComparison()
                    .ignoringFields("path", "mtimeMs")
                    .isEqualTo(new Prober().probe(TestData.video("bikes.mp4")));
            assertThat(Json.write(r)).doesNotContain(HubDataset.TOKEN).doesNotContain("cdnsig");
            assertThat(hub.cdn().authorizedRequests()).isZero();
            assertThat(tmp.resolve("cache")).doesNotExist();
        }
    }

    @Test
    void withoutATokenFfmpegReadsThePublicResolveUrlInBothReadModes() throws Exception {
        try (HubServer hub = HubDataset.start(null)) {
            HfSource src = source(hub, null, DATASET);
            List<SourceItem> items = list(src);
            assertThat(src.readUrl(items.get(0)))
                    .isEqualTo(hub.endpoint() + "/datasets/clipsift/clips/resolve/main/videos/bikes.mp4");
            for (ReadMode mode : ReadMode.values()) {
                SourceProber prober = new SourceProber(new ProbeService(null, 1), null, mode, QUICK);
                for (SourceItem item : items) {
                    VideoRecord r = prober.probe(src, item);
                    assertThat(r)
                            .as(mode + " " + item)
                            .usingRecursiveComparison()
                            .ignoringFields("path", "mtimeMs")
                            .isEqualTo(new Prober().probe(HubDataset.files().get(item.location())));
                }
            }
        }
    }

    @Test
    void aDownloadThatStallsHalfwayResumesFromTheCdnWithARangeRequest() throws Exception {
        try (HubServer hub = HubDataset.start(HubDataset.TOKEN)) {
            HfSource src = source(
                    hub.endpoint(),
                    HubDataset.TOKEN,
                    DATASET + "/videos/street/fades.mp4",
                    new HttpFetcher(QUICK, Duration.ofSeconds(1)));
            SourceItem item = src.describe(list(src).get(0));
            hub.cdn().ranges().clear();
            hub.cdn().cutShortNext(1);

            Path local = src.materialise(item);

            assertThat(local).hasSameBinaryContentAs(TestData.video("fades.mp4"));
            assertThat(hub.cdn().ranges()).contains("bytes=" + Files.size(TestData.video("fades.mp4")) / 2 + "-");
        }
    }

    @Test
    void anEndpointWhereNothingListensIsReportedWithTheEndpoint() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        HfSource src =
                source(URI.create("http://127.0.0.1:" + port), HubDataset.TOKEN, DATASET, new HttpFetcher(QUICK));
        assertThatThrownBy(() -> list(src))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("cannot connect")
                .hasMessageContaining("Hub endpoint http://127.0.0.1:" + port)
                .hasMessageNotContaining(HubDataset.TOKEN);
    }
}
