package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.io.Json;
import dev.clipsift.model.InputRecord;
import dev.clipsift.run.Ids;
import dev.clipsift.source.ClipServer;
import dev.clipsift.source.S3TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code clipsift run} from S3 (S3Mock on loopback) and from an HTTP URL list into a folder: the records of the files on disk, and items that fail alone. */
class S3InputRunTest extends S3RunCase {
    @Test
    void aRunIntoAFolderFromAPrefixMatchesTheSameRunOnTheLocalFiles() throws Exception {
        Path local = Files.createDirectories(tmp.resolve("local-in"));
        for (String name : CLIPS) {
            Files.copy(TestData.video(name), local.resolve(name));
        }
        CliRun fromS3 =
                CliRun.of(runArgs("s3://" + BUCKET + "/in/", tmp.resolve("a").toString()));
        CliRun fromDisk = CliRun.of(runArgs(local.toString(), tmp.resolve("b").toString()));
        assertThat(fromS3.exitCode()).as(fromS3.err()).isZero();
        assertThat(fromDisk.exitCode()).as(fromDisk.err()).isZero();
        String id = Ids.video("carphone_pristine.mp4");
        InputRecord a = Json.read(tmp.resolve("a/videos/" + id + ".json"), InputRecord.class);
        InputRecord b = Json.read(tmp.resolve("b/videos/" + id + ".json"), InputRecord.class);
        assertThat(a.clipIds()).isEqualTo(b.clipIds());
        assertThat(a.probe())
                .usingRecursiveComparison()
                .ignoringFields("path", "mtimeMs")
                .isEqualTo(b.probe());
        assertThat(a.probe().path()).isEqualTo("s3://" + BUCKET + "/in/carphone_pristine.mp4");
        assertThat(a.provenance()).isNull();
        assertThat(Files.readString(tmp.resolve("a/videos/" + id + ".json"))).doesNotContain("license");
    }

    @Test
    void aBrokenObjectAndAnUnreachableUrlFailAloneAndTheRunGoesOn() throws Exception {
        byte[] junk = new byte[8192];
        new Random(3).nextBytes(junk);
        S3TestServer.put(BUCKET, "mixed/bikes.mp4", TestData.video("bikes.mp4"));
        S3TestServer.put(BUCKET, "mixed/broken.mp4", junk);
        CliRun run = CliRun.of(
                runArgs("s3://" + BUCKET + "/mixed", tmp.resolve("mixed").toString()));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SOME_ITEMS_FAILED);
        assertThat(run.out()).contains("2 videos (1 ok, 1 failed)");
        assertThat(run.err())
                .contains("failed: s3://" + BUCKET + "/mixed/broken.mp4")
                .contains("probe.unreadable");

        Path served = Files.createDirectories(tmp.resolve("served"));
        Files.copy(TestData.video("carphone_pristine.mp4"), served.resolve("carphone_pristine.mp4"));
        try (ClipServer server = new ClipServer(served)) {
            Path list = tmp.resolve("urls.txt");
            Files.writeString(list, server.url("missing.mp4") + "\n" + server.url("carphone_pristine.mp4") + "\n");
            CliRun urls =
                    CliRun.of(runArgs("urls:" + list, tmp.resolve("from-urls").toString()));
            assertThat(urls.exitCode()).as(urls.err()).isEqualTo(ExitCodes.SOME_ITEMS_FAILED);
            assertThat(urls.out()).contains("2 videos (1 ok, 1 failed), 1 clips (0 failed)");
            InputRecord missing = Json.read(
                    tmp.resolve("from-urls/videos/"
                            + Ids.video(server.url("missing.mp4").toString()) + ".json"),
                    InputRecord.class);
            assertThat(missing.errors()).containsOnlyKeys("probe.download_failed");
            assertThat(missing.errors().get("probe.download_failed")).doesNotContain("\n");
        }
    }
}
