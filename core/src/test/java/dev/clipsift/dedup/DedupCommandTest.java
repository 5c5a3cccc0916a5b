package dev.clipsift.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.RunRecords;
import dev.clipsift.TestData;
import dev.clipsift.cli.CliRun;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clipsift embed RUN} and {@code clipsift dedup RUN} over a finished run, and the same stages in
 * {@code clipsift run --embeddings --dedup}: bikes.mp4, a resized copy and a re-mux, cut in 2-second clips, give
 * five groups of three.
 */
class DedupCommandTest {
    @TempDir
    static Path tmp;

    static Path in;

    @BeforeAll
    static void videos() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        Path bikes = TestData.video("bikes.mp4");
        Files.copy(bikes, in.resolve("bikes.mp4"));
        Copies.of(bikes).resized(in.resolve("resized.mp4"), 0.5);
        Copies.remuxed(bikes, in.resolve("remuxed.mkv"), "matroska");
    }

    /** The clips of each group, as sets of their videos' file names and start times. */
    static Set<Set<String>> groups(Path out) throws Exception {
        return RunRecords.clips(out).stream()
                .filter(c -> c.dedup() != null && c.dedup().group() != null)
                .collect(Collectors.groupingBy(
                        c -> c.dedup().group(), Collectors.mapping(DedupCommandTest::name, Collectors.toSet())))
                .values()
                .stream()
                .collect(Collectors.toSet());
    }

    static String name(ClipRecord c) {
        return Path.of(c.source().video()).getFileName() + "@" + c.span().startS();
    }

    /** Each 2-second span of bikes.mp4 with its copies'. */
    static Set<Set<String>> expected() {
        return List.of(0.0, 2.0, 4.0, 6.0, 8.0).stream()
                .map(t -> Set.of("bikes.mp4@" + t, "resized.mp4@" + t, "remuxed.mkv@" + t))
                .collect(Collectors.toSet());
    }

    @Test
    void embedThenDedupOverAFinishedRunFindTheCopiesWithoutCuttingAgain() throws Exception {
        Path out = tmp.resolve("later");
        CliRun run = CliRun.runInTwoSecondClips(in, out);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(RunRecords.clips(out)).hasSize(15).allSatisfy(c -> assertThat(c.embedding())
                .isNull());

        CliRun embed = CliRun.of("embed", out.toString(), "-q");

        assertThat(embed.exitCode()).as(embed.err()).isZero();
        assertThat(embed.out()).contains("embeddings: {");
        assertThat(RunRecords.clips(out)).allSatisfy(c -> {
            assertThat(c.embedding().file()).startsWith("embeddings/clipsift-dct-v1/");
            assertThat(c.embedding().pending()).isNull();
        });
        JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.path("session").path("decoded_frames").path("split").asLong())
                .as("nothing split again")
                .isZero();

        CliRun dedup = CliRun.of("dedup", out.toString(), "-q");

        assertThat(dedup.exitCode()).as(dedup.err()).isZero();
        assertThat(dedup.out()).contains("dedup: {").contains("\"groups\":5");
        assertThat(groups(out)).isEqualTo(expected());
        assertThat(out.resolve(DedupPass.REPORT)).exists();
    }

    @Test
    void theRunCommandEmbedsAndDeduplicatesInOneGo() throws Exception {
        Path out = tmp.resolve("once");

        CliRun run = CliRun.runInTwoSecondClips(in, out, "--embeddings", "--dedup", "--dedup-n-clusters", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(groups(out)).isEqualTo(expected());
        JsonNode report = Json.mapper().readTree(out.resolve(DedupPass.REPORT).toFile());
        assertThat(report.path("settings").path("n_clusters").asInt()).isEqualTo(3);
        assertThat(report.path("semantic").path("cluster_sizes")).hasSize(3);
    }
}
