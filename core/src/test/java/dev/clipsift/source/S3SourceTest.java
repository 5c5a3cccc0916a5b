package dev.clipsift.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class S3SourceTest {
    private static S3Clients clients;

    @TempDir
    Path cacheDir;

    @BeforeAll
    static void start() {
        clients = new S3Clients(S3TestServer.settings());
    }

    @AfterAll
    static void stop() {
        clients.close();
    }

    private S3Source source(String spec, int pageSize) {
        return new S3Source(clients, S3Location.parse(spec), new DownloadCache(cacheDir), pageSize);
    }

    @Test
    void listsOnlyTheVideosUnderThePrefixAcrossManySmallPagesInKeyOrder() {
        String bucket = S3TestServer.newBucket();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String key = String.format("clips/part%d/v%03d.mp4", i % 3, i);
            S3TestServer.put(bucket, key, new byte[] {(byte) i});
            expected.add("s3://" + bucket + "/" + key);
            S3TestServer.put(bucket, String.format("clips/part%d/notes%03d.txt", i % 3, i), new byte[] {1});
        }
        S3TestServer.put(bucket, "clips/.hidden.mp4", new byte[] {1});
        S3TestServer.put(bucket, "clipsextra/other.mp4", new byte[] {1});
        S3TestServer.put(bucket, "top.MOV", new byte[] {1});
        expected.sort(String::compareTo);

        try (Stream<SourceItem> items = source("s3://" + bucket + "/clips", 7).list()) {
            List<SourceItem> listed = items.toList();
            assertThat(listed).extracting(SourceItem::path).containsExactlyElementsOf(expected);
            assertThat(listed).allSatisfy(i -> {
                assertThat(i.sizeBytes()).isEqualTo(1L);
                assertThat(i.mtimeMs()).isPositive();
            });
        }
        assertThat(source("s3://" + bucket, 5).list().map(SourceItem::path))
                .hasSize(62)
                .contains("s3://" + bucket + "/top.MOV", "s3://" + bucket + "/clipsextra/other.mp4");
    }

    @Test
    void aKeyThatNamesOneVideoListsJustThatObject() {
        String bucket = S3TestServer.newBucket();
        S3TestServer.put(bucket, "a/clip.mp4", new byte[] {1, 2});
        S3TestServer.put(bucket, "a/clip.mp4.bak.mp4", new byte[] {1});

        assertThat(source("s3://" + bucket + "/a/clip.mp4", 1000).list().map(SourceItem::path))
                .containsExactly("s3://" + bucket + "/a/clip.mp4");
    }

    @Test
    void listingABucketThatDoesNotExistSaysSoInWords() {
        S3Source missing = source("s3://no-such-bucket-clipsift/x/", 1000);
        assertThatThrownBy(() -> missing.list().count())
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("no such bucket")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void materialiseDownloadsTheWholeObjectOnceAndReusesTheCopy() throws Exception {
        String bucket = S3TestServer.newBucket();
        Path clip = dev.clipsift.TestData.video("bikes.mp4");
        S3TestServer.put(bucket, "v/bikes.mp4", clip);
        S3Source src = source("s3://" + bucket + "/v/", 1000);
        SourceItem item = src.list().findFirst().orElseThrow();

        Path local = src.materialise(item);
        assertThat(local).startsWith(cacheDir).hasSameBinaryContentAs(clip);
        long firstMtime = Files.getLastModifiedTime(local).toMillis();
        assertThat(firstMtime).isEqualTo(item.mtimeMs());
        S3TestServer.client().deleteObject(d -> d.bucket(bucket).key("v/bikes.mp4"));
        assertThat(src.materialise(item)).isEqualTo(local).hasSameBinaryContentAs(clip);
    }

    @Test
    void aFailedDownloadLeavesNeitherACachedFileNorATempFile() throws Exception {
        String bucket = S3TestServer.newBucket();
        S3Source src = source("s3://" + bucket + "/v/", 1000);
        SourceItem gone = new SourceItem("s3://" + bucket + "/v/gone.mp4", 10L, 1000L, "v/gone.mp4");

        assertThatThrownBy(() -> src.materialise(gone))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("v/gone.mp4");
        try (Stream<Path> left = Files.walk(cacheDir)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void keysWithOddCharactersAndDotSegmentsDownloadInsideTheCache() throws Exception {
        String bucket = S3TestServer.newBucket();
        List<String> keys = List.of("x/./y/../../../escape.mp4", "x/ä b:c*?<>|.mp4");
        for (String k : keys) {
            S3TestServer.put(bucket, k, k.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        S3Source src = source("s3://" + bucket + "/x/", 1000);
        List<SourceItem> items = src.list().toList();
        assertThat(items).extracting(SourceItem::location).containsExactlyInAnyOrderElementsOf(keys);
        for (SourceItem item : items) {
            Path local = src.materialise(item);
            assertThat(local.normalize().startsWith(cacheDir.toAbsolutePath().normalize()))
                    .as(local.toString())
                    .isTrue();
            assertThat(Files.readString(local)).isEqualTo(item.location());
        }
        assertThat(cacheDir.getParent().resolve("escape.mp4")).doesNotExist();
    }

    @Test
    void aNamedProfileFromTheAwsConfigFilesSignsTheRequests() throws Exception {
        Path credentials = cacheDir.resolve("credentials");
        Files.writeString(
                credentials,
                "[clipsift-test]\naws_access_key_id = AKIAPROFILEKEY000001\n"
                        + "aws_secret_access_key = profileSecret\n");
        Path config = cacheDir.resolve("config");
        Files.writeString(config, "[profile clipsift-test]\nregion = eu-west-1\n");
        String oldCredentials = System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        String oldConfig = System.setProperty("aws.configFile", config.toString());
        try (S3Clients viaProfile =
                new S3Clients(new S3Settings("clipsift-test", S3TestServer.endpoint(), null, true))) {
            String bucket = S3TestServer.newBucket();
            S3TestServer.put(bucket, "p/a.mp4", new byte[] {1});
            S3Source src =
                    new S3Source(viaProfile, S3Location.parse("s3://" + bucket + "/p/"), new DownloadCache(cacheDir));
            SourceItem item = src.list().findFirst().orElseThrow();
            assertThat(src.readUrl(item))
                    .contains("X-Amz-Credential=AKIAPROFILEKEY000001")
                    .contains("eu-west-1");
            assertThat(item.toString()).doesNotContain("AKIA");
        } finally {
            restore("aws.sharedCredentialsFile", oldCredentials);
            restore("aws.configFile", oldConfig);
        }
    }

    private static void restore(String key, String old) {
        if (old == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, old);
        }
    }
}
