package dev.clipsift.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.source.S3Clients;
import dev.clipsift.source.S3Location;
import dev.clipsift.source.S3TestServer;
import dev.clipsift.source.SourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

class OutputStoreTest {
    @TempDir
    Path tmp;

    private Path tree() throws Exception {
        Path dir = tmp.resolve("run");
        Files.createDirectories(dir.resolve("clips/a"));
        Files.writeString(dir.resolve("summary.json"), "{\"clips\": 2}");
        Files.write(dir.resolve("clips/a/one.mp4"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("clips/two.mp4"), new byte[] {4, 5});
        return dir;
    }

    private static List<String> keys(String bucket) {
        return S3TestServer.client().listObjectsV2Paginator(l -> l.bucket(bucket)).contents().stream()
                .map(S3Object::key)
                .sorted()
                .toList();
    }

    private static byte[] get(String bucket, String key) {
        ResponseBytes<GetObjectResponse> b =
                S3TestServer.client().getObjectAsBytes(g -> g.bucket(bucket).key(key));
        return b.asByteArray();
    }

    @Test
    void aFolderUploadsUnderThePrefixKeepingRelativePaths() throws Exception {
        String bucket = S3TestServer.newBucket();
        try (OutputStore store = OutputStore.open("s3://" + bucket + "/runs/r1", S3TestServer.settings())) {
            PutReport report = store.putTree(tree(), "out");
            assertThat(report.ok()).as(report.failures().toString()).isTrue();
            assertThat(report.files()).isEqualTo(3);
            assertThat(report.bytes()).isEqualTo(12 + 3 + 2);
            assertThat(store.location()).isEqualTo("s3://" + bucket + "/runs/r1/");
        }
        assertThat(keys(bucket))
                .containsExactly(
                        "runs/r1/out/clips/a/one.mp4", "runs/r1/out/clips/two.mp4", "runs/r1/out/summary.json");
        assertThat(get(bucket, "runs/r1/out/clips/a/one.mp4")).containsExactly(1, 2, 3);
    }

    @Test
    void aLargeFileGoesUpInPartsAndArrivesIntact() throws Exception {
        String bucket = S3TestServer.newBucket();
        byte[] big = new byte[9 * 1024 * 1024 + 123];
        new Random(1).nextBytes(big);
        Path file = tmp.resolve("big.bin");
        Files.write(file, big);
        try (OutputStore store =
                new S3OutputStore(new S3Clients(S3TestServer.settings()), S3Location.parse("s3://" + bucket), true)) {
            assertThat(store.put(file, "grids/big.bin")).isEqualTo("s3://" + bucket + "/grids/big.bin");
        }
        var head = S3TestServer.client().headObject(h -> h.bucket(bucket).key("grids/big.bin"));
        assertThat(head.contentLength()).isEqualTo(big.length);
        assertThat(head.eTag()).as("a multipart upload's ETag ends in -<parts>").matches("\"?[0-9a-f]+-\\d+\"?");
        assertThat(sha(get(bucket, "grids/big.bin"))).isEqualTo(sha(big));
    }

    @Test
    void namesThatTryToLeaveThePrefixOrFolderStayInside() throws Exception {
        Path file = tmp.resolve("x.json");
        Files.writeString(file, "{}");
        String bucket = S3TestServer.newBucket();
        try (OutputStore s3 = OutputStore.open("s3://" + bucket + "/p/", S3TestServer.settings())) {
            s3.put(file, "../../outside.json");
            s3.put(file, "/abs/x.json");
        }
        assertThat(keys(bucket)).containsExactly("p/_../_../outside.json", "p/abs/x.json");

        Path root = tmp.resolve("out");
        try (OutputStore local = OutputStore.open(root.toString(), null)) {
            String where = local.put(file, "../../outside.json");
            assertThat(Path.of(where).startsWith(root)).isTrue();
            local.put(file, "/etc/x.json");
        }
        assertThat(tmp.resolve("outside.json")).doesNotExist();
        assertThat(root.resolve("etc/x.json")).exists();
    }

    @Test
    void aLocalFolderStoreWritesAtomicallyAndReportsWhatItWrote() throws Exception {
        Path root = tmp.resolve("dest");
        try (OutputStore store = OutputStore.open(root.toString(), null)) {
            PutReport report = store.putTree(tree(), "");
            assertThat(report.files()).isEqualTo(3);
            assertThat(report.failures()).isEmpty();
        }
        assertThat(root.resolve("clips/a/one.mp4")).hasBinaryContent(new byte[] {1, 2, 3});
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".part")))
                    .isEmpty();
        }
    }

    @Test
    void bothStoresListAFoldersFilesAndReadOneBackOrSayItIsMissing() throws Exception {
        String bucket = S3TestServer.newBucket();
        for (String spec :
                List.of("s3://" + bucket + "/runs/r2", tmp.resolve("local").toString())) {
            try (OutputStore store = OutputStore.open(spec, S3TestServer.settings())) {
                store.putTree(tree(), "");
                assertThat(store.names("clips")).as(spec).containsExactly("clips/two.mp4");
                assertThat(store.names("nothing")).as(spec).isEmpty();
                Path back = tmp.resolve("back-" + spec.hashCode() + "/two.mp4");
                assertThat(store.get("clips/two.mp4", back)).as(spec).isTrue();
                assertThat(back).hasBinaryContent(new byte[] {4, 5});
                assertThat(store.get("clips/none.mp4", tmp.resolve("none.mp4")))
                        .as(spec)
                        .isFalse();
                assertThat(tmp.resolve("none.mp4")).doesNotExist();
            }
        }
    }

    @Test
    void uploadingToAMissingBucketSaysSoInWords() throws Exception {
        Path file = tmp.resolve("x.json");
        Files.writeString(file, "{}");
        try (OutputStore store = OutputStore.open("s3://clipsift-no-such-bucket/p", S3TestServer.settings())) {
            assertThatThrownBy(() -> store.put(file, "x.json"))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("no such bucket")
                    .hasMessageNotContaining("Exception");
        }
    }

    private static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
