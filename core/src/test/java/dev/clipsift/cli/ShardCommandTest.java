package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.RunRecords;
import dev.clipsift.TestVideos;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Status;
import dev.clipsift.shard.ShardChecks;
import dev.clipsift.source.S3TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.S3Object;

/** {@code clipsift shard RUN} and {@code clipsift run --shards} over generated video, read back independently. */
class ShardCommandTest {
    private static final long TARGET = 60_000;
    /** Every 2-second clip whole: no crop at the ends. */
    private static final String[] WHOLE = {"--clip-crop-s", "0"};

    @TempDir
    Path dir;

    /** A run of a wide (6 s) and a tall (4 s) generated video, cut in 2-second clips: five clips. */
    private Path run() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        TestVideos.mp4(in.resolve("wide.mp4"), 320, 180, 25, 150);
        TestVideos.mp4(in.resolve("tall.mp4"), 180, 320, 25, 100);
        Path out = dir.resolve("out");
        assertThat(CliRun.runInTwoSecondClips(in, out, WHOLE).exitCode()).isZero();
        return out;
    }

    @Test
    void shard_over_an_existing_run_writes_tars_and_a_manifest_and_keeps_the_section_on() throws Exception {
        Path out = run();
        Path shards = dir.resolve("shards");

        CliRun r = CliRun.of(
                "shard",
                out.toString(),
                "--output",
                shards.toString(),
                "--shard-target-size-mb",
                String.valueOf(TARGET / 1e6),
                "-q");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<ClipRecord> clips = RunRecords.clips(out);
        List<String> kept = clips.stream()
                .filter(c -> c.status().state() == Status.State.OK)
                .map(ClipRecord::id)
                .toList();
        assertThat(kept).hasSize(5);
        Map<String, Map<String, byte[]>> samples = ShardChecks.samples(shards, TARGET);
        assertThat(samples.keySet()).containsExactlyInAnyOrderElementsOf(kept);
        assertThat(ShardChecks.tars(shards))
                .anyMatch(t -> t.startsWith("16x9_lt720p/"))
                .anyMatch(t -> t.startsWith("9x16_lt720p/"));
        for (ClipRecord c : clips) {
            assertThat(c.shard()).isNotNull();
            assertThat(samples.get(c.id()).get("mp4"))
                    .isEqualTo(Files.readAllBytes(out.resolve("clips/" + c.id() + ".mp4")));
        }
        String parquet = "'" + shards.resolve("manifest.parquet") + "'";
        assertThat(ShardChecks.query("SELECT count(*) AS n, count(shard) AS packed FROM " + parquet)
                        .get(0))
                .containsEntry("n", (long) clips.size())
                .containsEntry("packed", (long) kept.size());
        JsonNode config = Json.mapper().readTree(out.resolve("config.json").toFile());
        assertThat(config.toString()).contains("\"shard\"");
        assertThat(r.out()).contains("shard: ").contains("\"samples\":5");
    }

    @Test
    void filtering_the_run_takes_the_rejected_clips_out_of_its_shards() throws Exception {
        Path out = run();
        Path shards = dir.resolve("shards");
        assertThat(CliRun.of("shard", out.toString(), "--output", shards.toString(), "-q")
                        .exitCode())
                .isZero();
        assertThat(ShardChecks.samples(shards, 500_000_000L)).hasSize(5);

        CliRun f =
                CliRun.of("filter", out.toString(), "--motion-filter", "enable", "--motion-global-mean-threshold", "1");

        assertThat(f.exitCode()).as(f.err()).isZero();
        assertThat(ShardChecks.tars(shards)).isEmpty();
        assertThat(Files.list(shards).map(p -> p.getFileName().toString()))
                .as("the emptied bins' folders are gone too")
                .containsExactlyInAnyOrder("manifest.parquet", "index.json");
        assertThat(ShardChecks.query("SELECT count(*) AS n, count(shard) AS packed, min(status) AS s FROM '"
                                + shards.resolve("manifest.parquet") + "'")
                        .get(0))
                .containsEntry("n", 5L)
                .containsEntry("packed", 0L)
                .containsEntry("s", "filtered");
        assertThat(RunRecords.clips(out)).allSatisfy(c -> assertThat(c.shard()).isNull());
    }

    @Test
    void run_with_shard_ends_with_shards_in_the_run_folder_and_a_resume_rewrites_none() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        TestVideos.mp4(in.resolve("wide.mp4"), 320, 180, 25, 100);
        Path out = dir.resolve("out");

        CliRun r = CliRun.runInTwoSecondClips(in, out, "--clip-crop-s", "0", "--shards");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(ShardChecks.samples(out.resolve("shards"), 500_000_000L)).hasSize(2);
        CliRun again = CliRun.of("resume", out.toString(), "-q");
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode pass = Json.mapper()
                .readTree(out.resolve("summary.json").toFile())
                .path("passes")
                .path("shard");
        assertThat(pass.path("samples").asInt()).isEqualTo(2);
        assertThat(pass.path("written").asInt()).isZero();
    }

    /** Every object under {@code prefix} of {@code bucket}, into {@code to} by its name under the prefix. */
    private static Path download(String bucket, String prefix, Path to) throws java.io.IOException {
        for (String k : keys(bucket, prefix)) {
            Path f = to.resolve(k.substring(prefix.length()));
            Files.createDirectories(f.getParent());
            S3TestServer.client().getObject(g -> g.bucket(bucket).key(k), f);
        }
        return to;
    }

    @Test
    void a_run_to_s3_with_shard_uploads_its_shards_packed_from_clip_files_fetched_back() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        TestVideos.mp4(in.resolve("wide.mp4"), 320, 180, 25, 100);
        String bucket = S3TestServer.newBucket();
        Path staging = dir.resolve("staging");

        CliRun r = CliRun.of(S3CliArgs.with(
                dir.resolve("cache"),
                "run",
                "--input",
                in.toString(),
                "--output",
                "s3://" + bucket + "/run",
                "--staging",
                staging.toString(),
                "--splitting-algorithm",
                "fixed-stride",
                "--fixed-stride-split-duration",
                "2",
                "--clip-crop-s",
                "0",
                "--shards",
                "-q"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        Path back = download(bucket, "run/shards/", dir.resolve("back"));
        Map<String, Map<String, byte[]>> samples = ShardChecks.samples(back, 500_000_000L);
        assertThat(samples).hasSize(2);
        for (String id : samples.keySet()) {
            byte[] published = S3TestServer.client()
                    .getObjectAsBytes(g -> g.bucket(bucket).key("run/clips/" + id + ".mp4"))
                    .asByteArray();
            assertThat(samples.get(id).get("mp4")).isEqualTo(published);
            String record = S3TestServer.client()
                    .getObjectAsBytes(g -> g.bucket(bucket).key("run/clips/" + id + ".json"))
                    .asUtf8String();
            assertThat(Json.read(record, ClipRecord.class).shard()).isNotNull();
        }
        assertThat(ShardChecks.query("SELECT count(shard) AS n FROM '" + back.resolve("manifest.parquet") + "'")
                        .get(0))
                .containsEntry("n", 2L);
    }

    @Test
    void shard_to_s3_uploads_the_tars_the_manifest_and_the_index() throws Exception {
        Path out = run();
        String bucket = S3TestServer.newBucket();

        CliRun r = CliRun.of(S3CliArgs.with(
                dir.resolve("cache"), "shard", out.toString(), "--output", "s3://" + bucket + "/train", "-q"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        Path back = download(bucket, "train/", dir.resolve("back"));
        assertThat(back.resolve("manifest.parquet")).exists();
        assertThat(back.resolve("index.json")).exists();
        assertThat(ShardChecks.samples(back, 500_000_000L)).hasSize(5);
        assertThat(ShardChecks.query("SELECT count(*) AS n FROM '" + back.resolve("manifest.parquet") + "'")
                        .get(0))
                .containsEntry("n", (long) RunRecords.clips(out).size());
        assertThat(Files.readString(back.resolve("index.json"))).doesNotContain(S3TestServer.SECRET_KEY);
        assertThat(Files.list(out).map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".shard-upload"));
    }

    @Test
    void a_new_layout_on_s3_removes_the_tars_it_no_longer_has() throws Exception {
        Path out = run();
        String bucket = S3TestServer.newBucket();
        assertThat(shardToS3(out, bucket, TARGET / 1e6).exitCode()).isZero();
        assertThat(tarKeys(bucket)).hasSizeGreaterThan(2);

        CliRun r = shardToS3(out, bucket, 500);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(tarKeys(bucket))
                .containsExactlyInAnyOrder(
                        "train/16x9_lt720p/part_000000/000000.tar", "train/9x16_lt720p/part_000000/000000.tar");
        Path back = download(bucket, "train/", dir.resolve("back"));
        assertThat(ShardChecks.samples(back, 500_000_000L)).hasSize(5);
    }

    /** {@code clipsift shard OUT --output s3://BUCKET/train --shard-target-size-mb MB}. */
    private CliRun shardToS3(Path out, String bucket, double mb) {
        return CliRun.of(S3CliArgs.with(
                dir.resolve("cache"),
                "shard",
                out.toString(),
                "--output",
                "s3://" + bucket + "/train",
                "--shard-target-size-mb",
                String.valueOf(mb),
                "-q"));
    }

    private static List<String> tarKeys(String bucket) {
        return keys(bucket, "train/").stream().filter(k -> k.endsWith(".tar")).toList();
    }

    private static List<String> keys(String bucket, String prefix) {
        return S3TestServer.client()
                .listObjectsV2Paginator(l -> l.bucket(bucket).prefix(prefix))
                .contents()
                .stream()
                .map(S3Object::key)
                .toList();
    }
}
