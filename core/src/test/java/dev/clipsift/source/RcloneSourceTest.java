package dev.clipsift.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.probe.ProbeService;
import dev.clipsift.probe.VideoRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rclone:} sources through the real rclone: a local-backend remote and a WebDAV one served on loopback. */
class RcloneSourceTest {
    @TempDir
    Path tmp;

    private RcloneRemotes remotes;
    private Sources sources;

    @BeforeEach
    void start() throws Exception {
        remotes = new RcloneRemotes(tmp);
        sources = new Sources(
                S3Settings.defaults(),
                ToolSettings.from(n -> null).withRclone("rclone", remotes.config()),
                tmp.resolve("dl"),
                w -> {});
    }

    @AfterEach
    void stop() {
        sources.close();
        remotes.close();
    }

    private static List<SourceItem> list(Source s) {
        try (Stream<SourceItem> items = s.list()) {
            return items.toList();
        }
    }

    @Test
    void aLocalBackendRemoteListsItsVideosWithSizesAndCopiesThemIntoTheCache() throws Exception {
        Source s = sources.open(remotes.mediaVideos() + "/");
        List<SourceItem> items = list(s);

        assertThat(items)
                .extracting(SourceItem::path)
                .containsExactlyInAnyOrder(
                        remotes.mediaVideos() + "/bikes.mp4", remotes.mediaVideos() + "/street/carphone_pristine.mp4");
        assertThat(items).extracting(s::relativeName).contains("street/carphone_pristine.mp4");
        SourceItem bikes = items.stream()
                .filter(i -> i.path().endsWith("bikes.mp4"))
                .findFirst()
                .orElseThrow();
        assertThat(bikes.sizeBytes()).isEqualTo(Files.size(remotes.file("bikes.mp4")));
        assertThat(bikes.mtimeMs()).isNotNull();
        Path copy = s.materialise(bikes);
        assertThat(Files.mismatch(copy, remotes.file("bikes.mp4"))).isEqualTo(-1L);
        assertThat(s.materialise(bikes)).isEqualTo(copy);
    }

    @Test
    void ffmpegReadsAFileInPlaceThroughRangedGetsWithoutDownloadingIt() throws Exception {
        Source s = sources.open(remotes.mediaVideos() + "/bikes.mp4");
        SourceItem bikes = list(s).get(0);
        assertThat(s.relativeName(bikes)).isEqualTo("bikes.mp4");

        HttpResponse<byte[]> part = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(s.readUrl(bikes)))
                                .header("Range", "bytes=100-199")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(Files.readAllBytes(remotes.file("bikes.mp4")), 100, 200));
        VideoRecord r =
                new SourceProber(new ProbeService(null, 1), null, ReadMode.RANGE, Backoff.standard()).probe(s, bikes);
        assertThat(r.ok()).as(r.error()).isTrue();
        assertThat(r.frames()).isEqualTo(250);
        assertThat(tmp.resolve("dl")).doesNotExist();
    }

    @Test
    void aWebdavRemoteOnLoopbackListsAndReads() throws Exception {
        Source s = sources.open(remotes.startWebdav());
        List<SourceItem> items = list(s);

        assertThat(items)
                .extracting(SourceItem::path)
                .containsExactlyInAnyOrder(
                        "rclone:dav:videos/bikes.mp4", "rclone:dav:videos/street/carphone_pristine.mp4");
        SourceItem carphone = items.stream()
                .filter(i -> i.path().endsWith("carphone_pristine.mp4"))
                .findFirst()
                .orElseThrow();
        assertThat(Files.mismatch(s.materialise(carphone), remotes.file("street/carphone_pristine.mp4")))
                .isEqualTo(-1L);
    }

    @Test
    void anUnknownRemoteAMissingFolderAndAMissingRcloneAreSaidInWords() {
        assertThatThrownBy(() -> list(sources.open("rclone:nosuch:videos")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("unknown rclone remote 'nosuch'");
        assertThatThrownBy(() -> list(sources.open(remotes.mediaVideos() + "/nothere")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("no such folder");
        try (Sources none = new Sources(
                S3Settings.defaults(),
                ToolSettings.from(n -> null).withRclone(tmp.resolve("no-rclone").toString(), remotes.config()),
                tmp.resolve("dl"),
                w -> {})) {
            assertThatThrownBy(() -> list(none.open(remotes.mediaVideos())))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("rclone is not installed")
                    .hasMessageContaining("CLIPSIFT_RCLONE");
        }
    }

    @Test
    void aConnectionStringsParametersNeverReachTheShownNames() {
        RcloneLocation at =
                RcloneLocation.parse("rclone::s3,access_key_id=AKIA1,secret_access_key=s3cr3t:bucket/videos/");
        assertThat(at.remote()).isEqualTo(":s3,access_key_id=AKIA1,secret_access_key=s3cr3t");
        assertThat(at.path()).isEqualTo("bucket/videos");
        assertThat(at.toString()).isEqualTo("rclone::s3:bucket/videos");
        assertThat(at.shown("a.mp4")).isEqualTo("rclone::s3:bucket/videos/a.mp4");
        assertThat(at.redact(
                        "Failed to create file system for \":s3,access_key_id=AKIA1,secret_access_key=s3cr3t:bucket\""))
                .doesNotContain("s3cr3t");
        assertThatThrownBy(() -> RcloneLocation.parse("rclone:novideos"))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("rclone:REMOTE:PATH");
    }
}
