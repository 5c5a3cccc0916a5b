package dev.clipsift.shard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.ShardRef;
import dev.clipsift.model.Status;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardPassTest {
    private static final long TARGET = 40_000;

    @TempDir
    Path dir;

    TempRun run;

    @BeforeEach
    void clips() throws IOException {
        run = new TempRun(dir.resolve("run"));
        for (int i = 0; i < 4; i++) {
            run.add("wide" + i, 320, 180, 20 + 10 * i, Status.OK, "v0=a wide clip " + i, "v1=wide " + i + " again");
        }
        run.add("tall", 180, 320, 20, Status.OK, "v0=a tall clip", "v1!");
        run.add("filtered", 320, 180, 20, Status.filtered(List.of("motion_global_mean 0.0 < 0.1")));
        run.add("duplicate", 320, 180, 20, Status.duplicate("wide0"));
        run.add("lost", 320, 180, 20, Status.OK, "v0=lost");
        Files.delete(run.clipFile("lost", "mp4"));
    }

    private Map<String, Object> pass(String... settings) throws Exception {
        return new ShardPass(config(settings)).run(run);
    }

    /** The section {@code {"enabled": true, "target_size_mb": 0.04, more...}}. */
    private static ShardConfig config(String... more) {
        StringBuilder json = new StringBuilder("{\"enabled\": true, \"target_size_mb\": " + TARGET / 1e6);
        for (String m : more) {
            json.append(", ").append(m);
        }
        return Json.read(json.append('}').toString(), ShardConfig.class);
    }

    @Test
    void kept_clips_become_webdataset_samples_binned_by_shape_with_their_records_and_newest_ok_caption()
            throws Exception {
        Map<String, Object> summary = pass();

        Path shards = dir.resolve("run/shards");
        Map<String, Map<String, byte[]>> samples = ShardChecks.samples(shards, TARGET);
        assertThat(samples.keySet()).containsExactlyInAnyOrder("wide0", "wide1", "wide2", "wide3", "tall");
        assertThat(ShardChecks.tars(shards))
                .allMatch(t -> t.matches("(16x9|9x16)_lt720p/part_000000/\\d{6}\\.tar"))
                .anyMatch(t -> t.startsWith("9x16_lt720p/"))
                .hasSizeGreaterThan(2);
        for (Map.Entry<String, Map<String, byte[]>> s : samples.entrySet()) {
            String id = s.getKey();
            assertThat(s.getValue().get("mp4")).isEqualTo(Files.readAllBytes(run.clipFile(id, "mp4")));
            ClipRecord inTar =
                    Json.read(new String(s.getValue().get("json"), StandardCharsets.UTF_8), ClipRecord.class);
            assertThat(inTar.id()).isEqualTo(id);
            assertThat(inTar.shard()).isNull();
        }
        assertThat(new String(samples.get("wide2").get("txt"), StandardCharsets.UTF_8))
                .isEqualTo("wide 2 again");
        assertThat(new String(samples.get("tall").get("txt"), StandardCharsets.UTF_8))
                .isEqualTo("a tall clip");
        assertThat(summary)
                .containsEntry("samples", 5)
                .containsEntry("skipped", 1)
                .containsEntry("manifest_rows", 8);
    }

    @Test
    void each_record_points_at_its_sample_header_and_the_missing_clip_is_skipped_with_why() throws Exception {
        pass();

        for (String id : List.of("wide0", "wide3", "tall")) {
            ShardRef ref = run.clip(id).shard();
            assertThat(ref).isNotNull();
            assertThat(ref.key()).isEqualTo(id);
            Path tar = dir.resolve("run/shards").resolve(ref.shard());
            assertThat(ShardChecks.members(tar))
                    .filteredOn(m -> m.offset() == ref.offset())
                    .extracting(ShardChecks.Member::name)
                    .containsExactly(id + ".mp4");
        }
        assertThat(run.clip("filtered").shard()).isNull();
        assertThat(run.clip("lost").shard()).isNull();
        ShardIndex index = Json.read(Files.readString(dir.resolve("run/shards/index.json")), ShardIndex.class);
        assertThat(index.skipped()).containsExactly(new ShardIndex.Skipped("lost", "clips/lost.mp4 is missing"));
        assertThat(index.samples()).isEqualTo(5);
    }

    @Test
    void the_manifest_has_a_row_per_clip_with_span_media_scores_status_caption_and_shard() throws Exception {
        pass();

        String parquet = "'" + dir.resolve("run/shards/manifest.parquet") + "'";
        assertThat(ShardChecks.query("SELECT count(*) AS n FROM " + parquet)
                        .get(0)
                        .get("n"))
                .isEqualTo(8L);
        List<Map<String, Object>> columns = ShardChecks.query("DESCRIBE SELECT * FROM " + parquet);
        assertThat(columns)
                .extracting(c -> c.get("column_name"))
                .contains(
                        "id",
                        "video",
                        "start_s",
                        "end_s",
                        "width",
                        "height",
                        "fps",
                        "bytes",
                        "status",
                        "reasons",
                        "caption",
                        "caption_version",
                        "shard",
                        "shard_key",
                        "shard_offset",
                        "skipped",
                        "score_motion_global_mean");
        Map<String, Object> wide1 = ShardChecks.query("SELECT * FROM " + parquet + " WHERE id = 'wide1'")
                .get(0);
        ShardRef ref = run.clip("wide1").shard();
        assertThat(wide1)
                .containsEntry("status", "ok")
                .containsEntry("caption", "wide 1 again")
                .containsEntry("caption_version", "v1")
                .containsEntry("width", 320)
                .containsEntry("shard", ref.shard())
                .containsEntry("shard_offset", ref.offset())
                .containsEntry("bytes", Files.size(run.clipFile("wide1", "mp4")))
                .containsEntry("score_motion_global_mean", 0.01);
        Map<String, Object> filtered = ShardChecks.query(
                        "SELECT status, reasons[1] AS why, shard FROM " + parquet + " WHERE id = 'filtered'")
                .get(0);
        assertThat(filtered).containsEntry("status", "filtered").containsEntry("why", "motion_global_mean 0.0 < 0.1");
        assertThat(filtered.get("shard")).isNull();
        assertThat(ShardChecks.query("SELECT skipped FROM " + parquet + " WHERE id = 'lost'")
                        .get(0))
                .containsEntry("skipped", "clips/lost.mp4 is missing");
    }

    @Test
    void a_second_pass_over_the_same_records_rewrites_nothing() throws Exception {
        pass();
        Path shards = dir.resolve("run/shards");
        Map<String, Long> modified = new java.util.TreeMap<>();
        for (String t : ShardChecks.tars(shards)) {
            modified.put(t, Files.getLastModifiedTime(shards.resolve(t)).toMillis() + Files.size(shards.resolve(t)));
        }
        run.writes = 0;
        run.videoLookups.clear();

        Map<String, Object> again = pass();

        assertThat(again).containsEntry("written", 0).containsEntry("records_updated", 0);
        assertThat(run.writes).isZero();
        assertThat(run.videoLookups)
                .as("unchanged tars read (or fetch) no video; a missing one is looked for again")
                .containsExactly("lost");
        for (String t : ShardChecks.tars(shards)) {
            assertThat(Files.getLastModifiedTime(shards.resolve(t)).toMillis() + Files.size(shards.resolve(t)))
                    .isEqualTo(modified.get(t));
        }
    }

    @Test
    void a_clip_that_leaves_takes_its_tars_and_record_entry_with_it() throws Exception {
        pass();
        Path shards = dir.resolve("run/shards");
        assertThat(ShardChecks.tars(shards)).anyMatch(t -> t.startsWith("9x16"));
        run.write(run.clip("tall").withStatus(Status.duplicate("wide0")));

        Map<String, Object> again = pass();

        assertThat(ShardChecks.tars(shards)).noneMatch(t -> t.startsWith("9x16"));
        assertThat(again).containsEntry("removed", 1).containsEntry("records_updated", 1);
        assertThat(run.clip("tall").shard()).isNull();
        assertThat(ShardChecks.samples(shards, TARGET)).doesNotContainKey("tall");
    }

    @Test
    void filtered_clips_and_an_older_caption_version_on_request() throws Exception {
        pass("\"include_filtered\": true", "\"caption_version\": \"v0\"");

        Map<String, Map<String, byte[]>> samples = ShardChecks.samples(dir.resolve("run/shards"), TARGET);
        assertThat(samples).containsKey("filtered").doesNotContainKey("duplicate");
        assertThat(new String(samples.get("wide2").get("txt"), StandardCharsets.UTF_8))
                .isEqualTo("a wide clip 2");
        assertThat(samples.get("filtered").get("txt")).isEmpty();
    }

    @Test
    void a_video_that_is_not_the_size_its_record_says_is_left_out_and_the_rest_laid_out_again() throws Exception {
        Path wide1 = run.clipFile("wide1", "mp4");
        long size = Files.size(wide1);
        try (FileChannel ch = FileChannel.open(wide1, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(size / 2);
        }

        Map<String, Object> summary = pass();

        Map<String, Map<String, byte[]>> samples = ShardChecks.samples(dir.resolve("run/shards"), TARGET);
        assertThat(samples.keySet()).containsExactlyInAnyOrder("wide0", "wide2", "wide3", "tall");
        for (String id : samples.keySet()) {
            assertThat(samples.get(id).get("mp4")).isEqualTo(Files.readAllBytes(run.clipFile(id, "mp4")));
        }
        ShardIndex index = Json.read(Files.readString(dir.resolve("run/shards/index.json")), ShardIndex.class);
        assertThat(index.skipped())
                .contains(new ShardIndex.Skipped(
                        "wide1", "clips/wide1.mp4 holds " + size / 2 + " bytes, its record says " + size));
        assertThat(summary).containsEntry("skipped", 2);
        assertThat(run.clip("wide1").shard()).isNull();
    }

    @Test
    void one_sample_bigger_than_the_target_gets_a_tar_of_its_own() throws Exception {
        long big = Files.size(run.clipFile("wide3", "mp4"));
        pass("\"target_size_mb\": " + (big / 2) / 1e6);

        Path shards = dir.resolve("run/shards");
        ShardChecks.samples(shards, big / 2);
        Path tar = shards.resolve(run.clip("wide3").shard().shard());
        assertThat(ShardChecks.members(tar)).extracting(ShardChecks.Member::key).containsOnly("wide3");
        try (FileChannel ch = FileChannel.open(tar)) {
            assertThat(ch.size()).isGreaterThan(big / 2);
        }
    }

    @Test
    void a_folder_of_the_users_gets_the_output_and_tars_group_into_parts() throws Exception {
        Path out = dir.resolve("elsewhere");
        new ShardPass(config("\"output\": \"" + out + "\"", "\"tars_per_part\": 1")).run(run);

        assertThat(ShardChecks.tars(out))
                .contains("16x9_lt720p/part_000000/000000.tar", "16x9_lt720p/part_000001/000001.tar");
        assertThat(out.resolve("manifest.parquet")).exists();
        assertThat(dir.resolve("run/shards")).doesNotExist();
    }
}
