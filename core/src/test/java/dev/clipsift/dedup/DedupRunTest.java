package dev.clipsift.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.RunRecords;
import dev.clipsift.TestData;
import dev.clipsift.embed.EmbedConfig;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Status;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dedup over a real run: bikes.mp4 (five clips, five different shots of one street), eight planted copies of
 * it (re-encoded, re-encoded lossily in another codec, resized, cropped 3, 5 and 10 % a side, started 8 frames
 * later, re-muxed into Matroska) and an unrelated video. Every shot's clips across the copies must form one
 * group, and nothing else.
 */
class DedupRunTest {
    @TempDir
    static Path tmp;

    static Path out;
    static Map<String, List<ClipRecord>> byVideo;
    static RunSummary summary;

    static final List<String> COPIES = List.of(
            "a_bikes.mp4",
            "b_reencoded.mp4",
            "c_mpeg4_q10.mp4",
            "d_resized_75.mp4",
            "e_cropped_3.mp4",
            "f_cropped_5.mp4",
            "f_cropped_10.mp4",
            "g_shifted_8.mp4",
            "h_remuxed.mkv");

    @BeforeAll
    static void run() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path bikes = TestData.video("bikes.mp4");
        Copies c = Copies.of(bikes);
        Files.copy(bikes, in.resolve(COPIES.get(0)));
        c.reencoded(in.resolve(COPIES.get(1)));
        c.lossy(in.resolve(COPIES.get(2)), 10);
        c.resized(in.resolve(COPIES.get(3)), 0.75);
        c.cropped(in.resolve(COPIES.get(4)), 0.03);
        c.cropped(in.resolve(COPIES.get(5)), 0.05);
        c.cropped(in.resolve(COPIES.get(6)), 0.10);
        c.shifted(in.resolve(COPIES.get(7)), 8);
        Copies.remuxed(bikes, in.resolve(COPIES.get(8)), "matroska");
        Files.copy(TestData.video("bigbuckbunny.mp4"), in.resolve("z_bunny.mp4"));
        out = tmp.resolve("out");
        summary = run(null);
        byVideo = byVideo();
    }

    /** The run over the planted copies with embeddings and dedup by {@code methods} (null: all). */
    static RunSummary run(List<String> methods) throws Exception {
        RunConfig config = RunRecords.shots(tmp.resolve("in"))
                .withFamily("embeddings", EmbedConfig.builtIn(true))
                .withFamily("dedup", new DedupConfig(true, methods, null, null, null, null, null));
        return RunRecords.run(out, config);
    }

    static Map<String, List<ClipRecord>> byVideo() throws Exception {
        Map<String, List<ClipRecord>> m = new LinkedHashMap<>();
        for (ClipRecord c : RunRecords.clips(out)) {
            m.computeIfAbsent(Path.of(c.source().video()).getFileName().toString(), k -> new ArrayList<>())
                    .add(c);
        }
        return m;
    }

    /** The clips of each shot of bikes.mp4 across its copies, by shot. */
    static List<Set<String>> expectedGroups() {
        List<Set<String>> groups = new ArrayList<>();
        for (int shot = 0; shot < 5; shot++) {
            Set<String> g = new HashSet<>();
            for (String copy : COPIES) {
                g.add(byVideo.get(copy).get(shot).id());
            }
            groups.add(g);
        }
        return groups;
    }

    static List<Set<String>> foundGroups(List<ClipRecord> clips) {
        return clips.stream()
                .filter(c -> c.dedup() != null && c.dedup().group() != null)
                .collect(Collectors.groupingBy(
                        c -> c.dedup().group(), Collectors.mapping(ClipRecord::id, Collectors.toSet())))
                .values()
                .stream()
                .toList();
    }

    @Test
    void everyShotOfEveryCopyIsOneGroupAndDifferentShotsStayApart() throws Exception {
        for (String copy : COPIES) {
            assertThat(byVideo.get(copy))
                    .as(copy + " is cut into bikes.mp4's five shots")
                    .hasSize(5);
        }
        List<ClipRecord> clips = RunRecords.clips(out);
        assertThat(foundGroups(clips)).containsExactlyInAnyOrderElementsOf(expectedGroups());
        ClipRecord bunny = byVideo.get("z_bunny.mp4").get(0);
        assertThat(bunny.dedup().group()).isNull();
        assertThat(bunny.status()).isEqualTo(Status.OK);
    }

    @Test
    void eachGroupKeepsOneClipOfTheHighestResolutionAndMarksTheOthersDuplicatesOfIt() throws Exception {
        Map<String, List<ClipRecord>> groups = RunRecords.clips(out).stream()
                .filter(c -> c.dedup() != null && c.dedup().group() != null)
                .collect(Collectors.groupingBy(c -> c.dedup().group()));
        assertThat(groups).hasSize(5);
        for (List<ClipRecord> g : groups.values()) {
            List<ClipRecord> kept =
                    g.stream().filter(c -> c.dedup().duplicateOf() == null).toList();
            assertThat(kept).hasSize(1);
            ClipRecord keeper = kept.get(0);
            assertThat(keeper.status()).isEqualTo(Status.OK);
            assertThat(keeper.dedup().group()).isEqualTo(keeper.id());
            long most = g.stream().mapToLong(KeeperRule::pixels).max().orElseThrow();
            assertThat(KeeperRule.pixels(keeper)).isEqualTo(most);
            for (ClipRecord c : g) {
                if (c != keeper) {
                    assertThat(c.status()).isEqualTo(Status.duplicate(keeper.id()));
                    assertThat(c.dedup().duplicateOf()).isEqualTo(keeper.id());
                    assertThat(c.dedup().rule()).isEqualTo(KeeperRule.RULE);
                }
            }
        }
    }

    @Test
    void theReportListsTheGroupsWhatWasKeptAndWhy() throws Exception {
        JsonNode report = Json.mapper().readTree(out.resolve(DedupPass.REPORT).toFile());
        assertThat(report.path("considered").asInt())
                .isEqualTo(RunRecords.clips(out).size());
        assertThat(report.path("groups").asInt()).isEqualTo(5);
        assertThat(report.path("duplicates").asInt()).isEqualTo(5 * (COPIES.size() - 1));
        assertThat(report.path("semantic").path("model").asText()).isEqualTo("clipsift-dct-v1");
        for (JsonNode g : report.path("duplicate_groups")) {
            assertThat(g.path("size").asInt()).isEqualTo(COPIES.size());
            assertThat(g.path("kept").asText())
                    .isEqualTo(g.path("members").get(0).path("id").asText());
            assertThat(g.path("why").asText()).isNotBlank();
        }
        assertThat(out.resolve("embeddings/clipsift-dct-v1")).isDirectoryContaining("glob:**.f16");
    }

    @Test
    void theRemuxIsAnExactDuplicateOfTheOriginal() {
        for (int shot = 0; shot < 5; shot++) {
            ClipRecord original = byVideo.get("a_bikes.mp4").get(shot);
            ClipRecord remux = byVideo.get("h_remuxed.mkv").get(shot);
            assertThat(remux.dedup().contentHash()).isEqualTo(original.dedup().contentHash());
            assertThat(byVideo.get("c_mpeg4_q10.mp4").get(shot).dedup().contentHash())
                    .isNotEqualTo(original.dedup().contentHash());
        }
    }

    @Test
    void theRunSummaryCountsWhatThePassesDid() throws Exception {
        assertThat(summary.passes().get("embeddings"))
                .containsEntry("packed", RunRecords.clips(out).size());
        assertThat(summary.passes().get("dedup"))
                .containsEntry("groups", 5)
                .containsEntry("duplicates", 5 * (COPIES.size() - 1));
    }

    @Test
    void aRerunOverUnchangedRecordsRewritesNothingAndFewerMethodsGiveClipsBackTheirStatus() throws Exception {
        RunSummary again = run(null);
        assertThat(again.passes().get("embeddings")).containsEntry("packed", 0);
        assertThat(again.passes().get("dedup")).containsEntry("rewritten", 0);
        run(List.of("exact"));
        List<ClipRecord> clips = RunRecords.clips(out);
        for (Set<String> g : foundGroups(clips)) {
            Set<String> hashes = clips.stream()
                    .filter(c -> g.contains(c.id()))
                    .map(c -> c.dedup().contentHash())
                    .collect(Collectors.toSet());
            assertThat(hashes).as("an exact group shares one content hash").hasSize(1);
        }
        String lossy = byVideo.get("c_mpeg4_q10.mp4").get(0).id();
        assertThat(clips.stream()
                        .filter(c -> c.id().equals(lossy))
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(Status.OK);
        run(null);
        assertThat(foundGroups(RunRecords.clips(out))).containsExactlyInAnyOrderElementsOf(expectedGroups());
    }
}
