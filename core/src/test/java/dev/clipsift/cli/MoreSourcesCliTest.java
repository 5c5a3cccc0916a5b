package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.clipsift.RunRecords;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.InputRecord;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.run.RunFolder;
import dev.clipsift.source.RcloneRemotes;
import dev.clipsift.source.WebPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's commands for rclone remotes and web platforms, in-process, against real rclone and yt-dlp on loopback. */
class MoreSourcesCliTest {
    @TempDir
    Path tmp;

    @AfterEach
    void clear() {
        System.clearProperty("RCLONE_CONFIG");
    }

    @Test
    void probeReadsAnRcloneRemoteNamedInTheUsersConfig() throws Exception {
        try (RcloneRemotes remotes = new RcloneRemotes(tmp)) {
            System.setProperty("RCLONE_CONFIG", remotes.config().toString());
            CliRun probe = CliRun.of(
                    "probe",
                    remotes.mediaVideos() + "/",
                    "--json",
                    "-q",
                    "--no-cache",
                    "--cache-dir",
                    tmp.resolve("c").toString());

            assertThat(probe.exitCode()).as(probe.err()).isZero();
            List<VideoRecord> records = Json.mapper()
                    .convertValue(Json.read(probe.out(), List.class), new TypeReference<List<VideoRecord>>() {});
            assertThat(records).extracting(VideoRecord::ok).containsExactly(true, true);
            assertThat(records).extracting(VideoRecord::frames).containsExactlyInAnyOrder(250L, 120L);

            CliRun unknown = CliRun.of(
                    "probe",
                    "rclone:nosuch:videos",
                    "-q",
                    "--cache-dir",
                    tmp.resolve("c").toString());
            assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
            assertThat(unknown.err()).contains("unknown rclone remote 'nosuch'");
        }
    }

    @Test
    void aRunOverWebPagesKeepsTheLicensedVideoWithItsProvenanceAndRecordsWhyTheOthersWereSkipped() throws Exception {
        try (WebPlatform web = new WebPlatform(tmp.resolve("site"))) {
            Path info = web.infoJson(
                    tmp.resolve("carphone.info.json"), "Creative Commons Attribution license (reuse allowed)");
            Path urls = Files.write(tmp.resolve("urls.txt"), List.of(web.page(), info.toString(), web.missingPage()));
            Path out = tmp.resolve("runs/web");
            String[] args = {
                "run",
                "--input",
                "ytdlp:" + urls,
                "--require-license",
                "CC BY",
                "--output",
                out.toString(),
                "-q",
                "--cache-dir",
                tmp.resolve("cache").toString()
            };

            CliRun run = CliRun.of(args);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SOME_ITEMS_FAILED);
            Map<String, InputRecord> videos = new RunFolder(out)
                    .readVideoRecords().stream()
                            .collect(Collectors.toMap(InputRecord::sourceVideo, Function.identity()));
            assertThat(videos.get("ytdlp:" + web.page()).errors())
                    .containsOnlyKeys("probe.license_refused")
                    .hasEntrySatisfying(
                            "probe.license_refused", m -> assertThat(m).contains("no licence given"));
            assertThat(videos.get("ytdlp:" + web.missingPage()).errors())
                    .containsOnlyKeys("probe.download_failed")
                    .hasEntrySatisfying(
                            "probe.download_failed", m -> assertThat(m).contains("HTTP Error 404"));
            List<ClipRecord> clips = RunRecords.clips(out);
            assertThat(clips).isNotEmpty().allSatisfy(c -> {
                assertThat(c.source().video()).isEqualTo("ytdlp:" + info);
                assertThat(c.provenance().license()).isEqualTo("Creative Commons Attribution license (reuse allowed)");
                assertThat(c.provenance().pageUrl()).isEqualTo(web.page());
                assertThat(c.provenance().uploader()).isEqualTo("Jane Doe");
                assertThat(c.provenance().uploadDate()).isEqualTo("20240105");
            });
            assertThat(Files.readString(out.resolve("config.json"))).contains("\"require_license\" : \"CC BY\"");

            CliRun again = CliRun.of(args);
            assertThat(again.out()).contains("0 videos processed, 3 already done");
        }
    }
}
