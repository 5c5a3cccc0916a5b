package dev.clipsift.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.cli.CliRun;
import dev.clipsift.cli.S3CliArgs;
import dev.clipsift.io.Json;
import dev.clipsift.run.RunSummary;
import dev.clipsift.source.S3TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The Spark application from an S3 prefix to another (S3Mock on loopback) against {@code clipsift run} over the
 * same input (two of the sample clips), with semantic dedup's k-means forced onto Spark MLlib (a memory limit of 0; one cluster, so both
 * find exactly the pairs of a full comparison): the same records in the store, and a resubmitted job that skips
 * every video.
 */
class SparkS3RunTest {
    private static final Map<String, String> ON_MLLIB = Map.of(CurateJob.DEDUP_IN_MEMORY_MB, "0");
    private static String bucket;

    @TempDir
    static Path tmp;

    static LocalSpark.Job job;
    static CliRun single;

    @BeforeAll
    static void runBothWays() throws Exception {
        bucket = S3TestServer.newBucket();
        try (Stream<Path> samples = Files.list(LocalSpark.samples())) {
            for (Path p : samples.filter(f -> f.toString().endsWith(".mp4"))
                    .sorted()
                    .skip(1)
                    .toList()) {
                S3TestServer.put(bucket, "in/" + p.getFileName(), p);
            }
        }
        List<String> one = new ArrayList<>(List.of("run"));
        one.addAll(List.of(args("single", "--threads", "2")));
        single = CliRun.of(one.toArray(String[]::new));
        job = LocalSpark.run(ON_MLLIB, args("spark"));
    }

    private static String[] args(String out, String... more) {
        List<String> all = new ArrayList<>(List.of("--input", "s3://" + bucket + "/in", "--output", output(out)));
        all.addAll(SparkLocalRunTest.FLAGS);
        all.addAll(List.of("--dedup-n-clusters", "1"));
        all.addAll(List.of(more));
        return S3CliArgs.with(tmp.resolve("cache-" + out), all.toArray(String[]::new));
    }

    private static String output(String name) {
        return "s3://" + bucket + "/out/" + name;
    }

    /** The run's objects under {@code out/<name>/}, downloaded into a folder. */
    private static Path download(String name) throws IOException {
        Path dir = tmp.resolve("got-" + name);
        String prefix = "out/" + name + "/";
        for (S3Object o : S3TestServer.client()
                .listObjectsV2Paginator(l -> l.bucket(bucket).prefix(prefix))
                .contents()) {
            Path target = dir.resolve(o.key().substring(prefix.length()));
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
            S3TestServer.client().getObject(g -> g.bucket(bucket).key(o.key()), target);
        }
        return dir;
    }

    /** What the dedup pass found, without how many records this session's pass changed (a resubmission: none). */
    private static Map<String, Object> withoutRewritten(RunSummary s) {
        Map<String, Object> m = new java.util.TreeMap<>(s.passes().get("dedup"));
        m.remove("rewritten");
        return m;
    }

    @Test
    void sparkWritesTheSameRecordsToTheStoreAsOneProcessWithKMeansOnMllib() throws Exception {
        assertThat(single.exitCode()).as(single.err()).isZero();
        assertThat(job.exitCode()).as(job.err()).isZero();

        Path one = download("single");
        Path spread = download("spark");
        Records.assertSame(one, spread);
        assertThat(Records.of(spread).keySet())
                .filteredOn(k -> k.startsWith("clips/"))
                .hasSize(4);
        RunSummary a = Json.read(one.resolve("summary.json"), RunSummary.class);
        RunSummary b = Json.read(spread.resolve("summary.json"), RunSummary.class);
        assertThat(withoutRewritten(b)).isEqualTo(withoutRewritten(a));
        JsonNode report =
                Json.mapper().readTree(spread.resolve("dedup/report.json").toFile());
        JsonNode expected =
                Json.mapper().readTree(one.resolve("dedup/report.json").toFile());
        assertThat(report.get("groups")).isEqualTo(expected.get("groups"));
        assertThat(report.get("pairs")).isEqualTo(expected.get("pairs"));
        assertThat(report.at("/semantic/cluster_sizes")).isEqualTo(expected.at("/semantic/cluster_sizes"));
        assertThat(LocalSpark.jobDescriptions("clipsift: semantic dedup \\(KMeans k=1, 4 clips of \\d+\\)"))
                .anyMatch(d -> d.startsWith("clipsift: semantic dedup (KMeans k=1, 4 clips"))
                .anyMatch(d -> d.equals("clipsift: per-video stages (2 videos, 2 tasks)"));
    }

    @Test
    void aResubmittedJobSkipsEveryFinishedVideo() throws Exception {
        LocalSpark.Job again = LocalSpark.run(ON_MLLIB, args("spark"));

        assertThat(again.exitCode()).as(again.err()).isZero();
        RunSummary s = Json.read(download("spark").resolve("summary.json"), RunSummary.class);
        assertThat(s.session().videosProcessed()).isZero();
        assertThat(s.session().skippedDone()).isEqualTo(2);
        Records.assertSame(download("single"), download("spark"));
    }
}
