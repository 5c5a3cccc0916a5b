package dev.clipsift.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.TestData;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.source.FaultProxy.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class S3RetryTest {
    private static final Backoff QUICK = new Backoff(4, Duration.ofMillis(20), Duration.ofMillis(100));
    private static FaultProxy proxy;
    private static S3Clients clients;
    private static String bucket;

    @TempDir
    Path cacheDir;

    @BeforeAll
    static void start() throws Exception {
        bucket = S3TestServer.newBucket();
        S3TestServer.put(bucket, "clips/bikes.mp4", TestData.video("bikes.mp4"));
        S3TestServer.put(bucket, "clips/fades.mp4", TestData.video("fades.mp4"));
        S3TestServer.put(bucket, "clips/unlucky.mp4", TestData.video("bikes.mp4"));
        proxy = new FaultProxy(S3TestServer.endpoint());
        clients = new S3Clients(S3TestServer.settingsVia(proxy.uri()), QUICK);
    }

    @AfterAll
    static void stop() {
        clients.close();
        proxy.close();
    }

    private S3Source source() {
        return new S3Source(clients, S3Location.parse("s3://" + bucket + "/clips/"), new DownloadCache(cacheDir));
    }

    @Test
    void listingGetsThroughTwoSlowDownAnswers() {
        proxy.policy((n, path) -> n <= 2 ? Fault.SLOW_DOWN : Fault.NONE);
        assertThat(source().list().map(SourceItem::path)).hasSize(3);
        assertThat(proxy.requests()).isEqualTo(3);
    }

    @Test
    void aDroppedConnectionIsTriedAgain() {
        proxy.policy((n, path) -> n == 1 ? Fault.DROP : Fault.NONE);
        assertThat(source().list().map(SourceItem::path)).hasSize(3);
        assertThat(proxy.requests()).isEqualTo(2);
    }

    @Test
    void endlessSlowDownStopsAfterTheConfiguredAttemptsWithAPlainMessage() {
        proxy.policy((n, path) -> Fault.SLOW_DOWN);
        assertThatThrownBy(() -> source().list().count())
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("SlowDown")
                .hasMessageNotContaining("Exception");
        assertThat(proxy.requests()).isEqualTo(QUICK.maxAttempts());
    }

    @Test
    void wholeDownloadsThroughTheTransferManagerGetThroughSlowDown() {
        S3Source src = source();
        proxy.policy((n, path) -> Fault.NONE);
        SourceItem bikes = src.list()
                .filter(i -> i.path().endsWith("/bikes.mp4"))
                .findFirst()
                .orElseThrow();
        proxy.policy((n, path) -> n <= 2 ? Fault.SLOW_DOWN : Fault.NONE);
        assertThat(src.materialise(bikes)).hasSameBinaryContentAs(TestData.video("bikes.mp4"));
        assertThat(proxy.requests()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void rangedProbesRetryServerErrorsAndOneBadObjectFailsAloneWhileTheRunGoesOn() {
        int[] bikesHits = {0};
        proxy.policy((n, path) -> {
            if (path.contains("/unlucky.mp4")) {
                return Fault.SLOW_DOWN;
            }
            if (path.contains("/bikes.mp4") && ++bikesHits[0] <= 2) {
                return Fault.SLOW_DOWN;
            }
            return Fault.NONE;
        });
        SourceProber prober = new SourceProber(new ProbeService(null, 2), null, ReadMode.RANGE, QUICK);
        List<VideoRecord> records = new ArrayList<>();
        prober.probeAll(List.of(source()), records::add, new AtomicBoolean());

        assertThat(records).extracting(VideoRecord::fileName).containsExactly("bikes.mp4", "fades.mp4", "unlucky.mp4");
        assertThat(records.get(0).ok()).as(records.get(0).error()).isTrue();
        assertThat(records.get(0).width()).isEqualTo(640);
        assertThat(records.get(1).ok())
                .as(records.get(1).error() + proxy.seen())
                .isTrue();
        assertThat(records.get(2).ok()).isFalse();
        assertThat(records.get(2).error()).contains("5XX").contains("after " + QUICK.maxAttempts() + " attempts");
        assertThat(bikesHits[0]).isGreaterThan(2);
    }

    @Test
    void aRangedReadThatLooksBrokenIsConfirmedOnADownloadedCopyBeforeTheObjectIsCalledBroken() {
        proxy.policy((n, path) ->
                path.contains("/fades.mp4?") && path.contains("X-Amz-Signature") ? Fault.GARBLE : Fault.NONE);
        S3Source src = source();
        SourceItem fades = src.list()
                .filter(i -> i.path().endsWith("/fades.mp4"))
                .findFirst()
                .orElseThrow();
        VideoRecord r = new SourceProber(new ProbeService(null, 1), null, ReadMode.RANGE, QUICK).probe(src, fades);

        assertThat(r.ok()).as(r.error()).isTrue();
        assertThat(r.width()).isEqualTo(480);
        assertThat(proxy.seen())
                .anySatisfy(s -> assertThat(s).contains("/fades.mp4?X-Amz-"))
                .anySatisfy(s -> assertThat(s).contains("/fades.mp4").doesNotContain("X-Amz-Signature"));
    }
}
