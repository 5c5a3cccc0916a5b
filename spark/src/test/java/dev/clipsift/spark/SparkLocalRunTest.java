package dev.clipsift.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.cli.CliRun;
import dev.clipsift.io.Json;
import dev.clipsift.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark application on {@code local[2]} against {@code clipsift run} over the same input (the sample clips and
 * a file that is no video) into local folders: the same clips and records, the broken file failing alone, and a
 * resubmitted job doing only what is missing.
 */
class SparkLocalRunTest {
    static final List<String> FLAGS = List.of(
            "--splitting-algorithm",
            "fixed-stride",
            "--fixed-stride-split-duration",
            "2",
            "--limit-clips",
            "2",
            "--embeddings",
            "--dedup",
            "-q");

    @TempDir
    static Path tmp;

    static Path input;
    static LocalSpark.Job job;
    static CliRun single;

    @BeforeAll
    static void runBothWays() throws Exception {
        input = tmp.resolve("in");
        Files.createDirectories(input);
        try (Stream<Path> samples = Files.list(LocalSpark.samples())) {
            for (Path p : samples.filter(f -> f.toString().endsWith(".mp4")).toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
            }
        }
        byte[] noise = new byte[40_000];
        new Random(3).nextBytes(noise);
        Files.write(input.resolve("broken.mp4"), noise);
        single = CliRun.of(args("run", tmp.resolve("single"), "--threads", "2"));
        job = LocalSpark.run(Map.of(), args(tmp.resolve("spark")));
    }

    static String[] args(Path output, String... more) {
        return args(null, output, more);
    }

    private static String[] args(String command, Path output, String... more) {
        List<String> all = new ArrayList<>();
        if (command != null) {
            all.add(command);
        }
        all.addAll(List.of("--input", input.toString(), "--output", output.toString()));
        all.addAll(FLAGS);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static RunSummary summary(Path run) throws IOException {
        return Json.read(run.resolve("summary.json"), RunSummary.class);
    }

    @Test
    void sparkMakesTheSameClipsAndRecordsAsOneProcess() throws Exception {
        assertThat(single.exitCode()).as(single.err()).isEqualTo(2);
        assertThat(job.exitCode()).as(job.err()).isZero();

        Records.assertSame(tmp.resolve("single"), tmp.resolve("spark"));
        assertThat(Records.of(tmp.resolve("spark")).keySet())
                .filteredOn(k -> k.startsWith("clips/"))
                .hasSize(6);
        RunSummary one = summary(tmp.resolve("single"));
        RunSummary spread = summary(tmp.resolve("spark"));
        assertThat(spread.clips()).isEqualTo(one.clips());
        assertThat(spread.clipBytes()).isEqualTo(one.clipBytes());
        assertThat(spread.passes().keySet()).isEqualTo(one.passes().keySet()).contains("embeddings", "dedup");
        assertThat(spread.passes().get("dedup")).isEqualTo(one.passes().get("dedup"));
        assertThat(spread.session().videosProcessed()).isEqualTo(4);
        assertThat(job.out()).contains("4 videos (3 ok, 1 failed), 6 clips");
    }

    @Test
    void aFileThatIsNoVideoFailsAloneAndTheJobSucceeds() throws Exception {
        RunSummary spread = summary(tmp.resolve("spark"));
        assertThat(spread.failures()).singleElement().satisfies(f -> {
            assertThat(f.video()).endsWith("broken.mp4");
            assertThat(f.errors()).containsKey("probe.unreadable");
        });
        assertThat(job.err()).contains("failed: " + input.resolve("broken.mp4"));
        assertThat(spread.inputsOk()).isEqualTo(3);
    }

    @Test
    void aResubmittedJobSkipsTheFinishedVideosAndDoesAMissingOne() throws Exception {
        Path again = tmp.resolve("resubmitted");
        copy(tmp.resolve("spark"), again);
        JsonNode bikes = Records.of(again).entrySet().stream()
                .filter(e -> e.getKey().startsWith("videos/")
                        && e.getValue().path("source_video").asText().endsWith("bikes.mp4"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        Files.delete(again.resolve("videos/" + bikes.path("id").asText() + ".json"));
        String keptClip = Records.of(again).keySet().stream()
                .filter(k -> k.startsWith("clips/"))
                .filter(k -> !bikes.path("clip_ids").toString().contains(k.substring(6, k.length() - 5)))
                .findFirst()
                .orElseThrow();
        Path keptMp4 = again.resolve(keptClip.replace(".json", ".mp4"));
        FileTime before = Files.getLastModifiedTime(keptMp4);

        // grouped otherwise than the first job (one video a task): its parts' records must not count
        LocalSpark.Job resubmitted = LocalSpark.run(Map.of(CurateJob.VIDEOS_PER_TASK, "2"), args(again));

        assertThat(resubmitted.exitCode()).as(resubmitted.err()).isZero();
        RunSummary s = summary(again);
        assertThat(s.session().videosProcessed()).isEqualTo(1);
        assertThat(s.session().skippedDone()).isEqualTo(3);
        assertThat(Files.getLastModifiedTime(keptMp4)).isEqualTo(before);
        try (Stream<Path> parts = Files.list(again.resolve("partitions"))) {
            assertThat(parts).hasSize(2);
        }
        Records.assertSame(tmp.resolve("single"), again);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
