package dev.clipsift.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
    @TempDir
    Path tmp;

    @Test
    void eachSpecFormOpensItsKindOfSource() throws Exception {
        Path list = tmp.resolve("list.txt");
        Files.write(list, List.of("https://example.org/a.mp4"));
        try (Sources sources = new Sources(S3Settings.defaults(), tmp.resolve("dl"), w -> {})) {
            assertThat(sources.open("s3://bucket/videos"))
                    .isInstanceOf(S3Source.class)
                    .extracting(Source::spec)
                    .isEqualTo("s3://bucket/videos");
            assertThat(sources.open("urls:" + list)).isInstanceOf(UrlSource.class);
            assertThat(sources.open("https://example.org/v.mp4?X-Amz-Signature=s3cr3t"))
                    .isInstanceOf(UrlSource.class)
                    .extracting(Source::spec)
                    .isEqualTo("https://example.org/v.mp4");
            assertThat(sources.open(tmp.toString())).isInstanceOf(LocalSource.class);
            assertThat(sources.open("hf://datasets/owner/name@v2/clips/"))
                    .isInstanceOf(HfSource.class)
                    .extracting(Source::spec)
                    .isEqualTo("hf://datasets/owner/name@v2/clips");
        }
    }

    @Test
    void aFolderPrefixIsListedAsAFolderAndAVideoKeyAsOneObject() {
        try (S3Clients clients = new S3Clients(S3Settings.defaults())) {
            DownloadCache cache = new DownloadCache(tmp);
            assertThat(new S3Source(clients, S3Location.parse("s3://b/videos"), cache).prefix())
                    .isEqualTo("videos/");
            assertThat(new S3Source(clients, S3Location.parse("s3://b/videos/"), cache).prefix())
                    .isEqualTo("videos/");
            assertThat(new S3Source(clients, S3Location.parse("s3://b"), cache).prefix())
                    .isEmpty();
            assertThat(new S3Source(clients, S3Location.parse("s3://b/v/clip.MP4"), cache).prefix())
                    .isEqualTo("v/clip.MP4");
        }
    }

    @Test
    void aMissingUrlListOrFolderIsReportedInWords() {
        try (Sources sources = new Sources(S3Settings.defaults(), tmp.resolve("dl"), w -> {})) {
            assertThatThrownBy(() -> sources.open("urls:" + tmp.resolve("nope.txt")))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("no such URL list file");
            assertThatThrownBy(
                            () -> sources.open(tmp.resolve("nope").toString()).list())
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("no such file or folder");
        }
    }

    @Test
    void credentialParametersAreDroppedFromShownUrlsButOrdinaryQueriesStay() {
        assertThat(UrlRedaction.shown(java.net.URI.create("https://user:pw@h.example/v.mp4?id=3")))
                .isEqualTo("https://h.example/v.mp4?id=3");
        assertThat(UrlRedaction.shown(java.net.URI.create("https://h.example/v.mp4?sv=2024&sig=abc&se=x")))
                .isEqualTo("https://h.example/v.mp4");
        assertThat(UrlRedaction.shown(java.net.URI.create("http://h:8080/a/b.mp4?X-Amz-Credential=AKIA&X-Amz-Date=1")))
                .isEqualTo("http://h:8080/a/b.mp4");
    }

    @Test
    void aShownPathFromASampleFileMaterialisesAsALocalCopy() throws Exception {
        String bucket = S3TestServer.newBucket();
        S3TestServer.put(bucket, "clips/bikes.mp4", dev.clipsift.TestData.video("bikes.mp4"));
        try (Sources sources = new Sources(S3TestServer.settings(), tmp.resolve("dl"), w -> {})) {
            Path local = sources.materialise("s3://" + bucket + "/clips/bikes.mp4");
            assertThat(local).hasSameBinaryContentAs(dev.clipsift.TestData.video("bikes.mp4"));
            assertThat(local.startsWith(tmp.resolve("dl"))).isTrue();
            assertThat(sources.materialise(
                            dev.clipsift.TestData.video("fades.mp4").toString()))
                    .isEqualTo(dev.clipsift.TestData.video("fades.mp4"));
            assertThatThrownBy(() -> sources.materialise("s3://" + bucket + "/clips/none.mp4"))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("no such video");
        }
    }
}
