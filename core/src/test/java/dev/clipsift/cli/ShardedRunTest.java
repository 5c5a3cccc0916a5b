package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.io.Json;
import dev.clipsift.run.RunSummary;
import dev.clipsift.source.S3TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run split into {@code --shard 0/3 .. 2/3} plus {@code summarize} writes what one run writes over the same
 * input, in a local folder and in S3 (S3Mock): the sample clips twice (a/ and b/, so dedup finds copies that
 * lie in different shards) and a file that is no video (in shard 0: it fails alone, the shard goes on), with
 * embeddings, dedup and WebDataset shards, which only see every video at the end.
 */
class ShardedRunTest {
    private static final List<String> SAMPLES = List.of("bigbuckbunny.mp4", "bikes.mp4", "carphone_pristine.mp4");
    /** The time-stamped name of a packed embeddings part: the one thing two runs name differently. */
    private static final Pattern PART = Pattern.compile("embeddings/([^/\"]+)/[0-9TZ]+\\.f16");
    /** A tar's fingerprint in the shard index: it hashes the records, which hold that part's name. */
    private static final Pattern TAR_PRINT = Pattern.compile("\"fingerprint\" : \"[0-9a-f]+\"");

    @TempDir
    static Path tmp;

    static Path in;
    static Map<String, String> whole;

    @BeforeAll
    static void wholeRun() throws Exception {
        in = tmp.resolve("in");
        for (String dir : List.of("a", "b")) {
            Files.createDirectories(in.resolve(dir));
            for (String name : SAMPLES) {
                Files.copy(TestData.video(name), in.resolve(dir).resolve(name));
            }
        }
        Files.write(in.resolve("broken.mp4"), new byte[4096]);
        Path out = tmp.resolve("whole");
        CliRun r = CliRun.of(args("run", "--input", in.toString(), "--output", out.toString()));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.SOME_ITEMS_FAILED);
        whole = records(localFiles(out), name -> read(out.resolve(name)));
    }

    /** The run's settings: 2-second clips, one per video, embeddings, dedup, shards, no OCR; {@code more} first. */
    private static String[] args(String... more) {
        List<String> all = new ArrayList<>(List.of(more));
        all.addAll(CliRun.ONE_CLIP_A_VIDEO);
        // OCR (the costliest scorer, per-clip like the others) off to keep the seven runs short
        all.addAll(List.of("--embeddings", "--dedup", "--shards", "--text-filter", "disable"));
        return all.toArray(String[]::new);
    }

    @Test
    void threeShardsInAFolderEqualOneRun() throws Exception {
        Path out = tmp.resolve("split");
        shard(0, out.toString());
        CliRun early = CliRun.of("summarize", out.toString(), "-q");
        assertThat(early.exitCode()).as(early.err()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(early.err()).contains("shards missing: 1/3 2/3").contains("videos without a record");
        assertThat(out.resolve("summary.json")).doesNotExist();
        shard(1, out.toString());
        shard(2, out.toString());
        CliRun done = CliRun.of("summarize", out.toString(), "-q");
        assertThat(done.exitCode()).as(done.err()).isEqualTo(ExitCodes.SOME_ITEMS_FAILED);
        assertThat(done.err()).contains("failed: " + in.resolve("broken.mp4"));

        assertThat(records(localFiles(out), name -> read(out.resolve(name)))).isEqualTo(whole);
        assertSameSummary(Json.read(out.resolve("summary.json"), RunSummary.class), out);
        assertPartsCover(name -> Json.read(read(out.resolve(name)), RunSummary.class));
    }

    @Test
    void threeShardsInS3EqualOneRun() throws Exception {
        String bucket = S3TestServer.newBucket();
        String out = "s3://" + bucket + "/split";
        for (int i = 0; i < 3; i++) {
            shard(i, out); // each shard in its own default staging folder under the shared cache
        }
        CliRun done = CliRun.of(S3CliArgs.with(tmp.resolve("cache"), "summarize", out, "-q"));
        assertThat(done.exitCode()).as(done.err()).isEqualTo(ExitCodes.SOME_ITEMS_FAILED);
        assertThat(tmp.resolve("cache/runs/" + bucket + "/split@shard-1-of-3")).isDirectory();

        List<String> keys =
                S3TestServer.client()
                        .listObjectsV2Paginator(l -> l.bucket(bucket).prefix("split/"))
                        .contents()
                        .stream()
                        .map(o -> o.key().substring("split/".length()))
                        .toList();
        Function<String, String> text = name -> S3TestServer.client()
                .getObjectAsBytes(g -> g.bucket(bucket).key("split/" + name))
                .asUtf8String();
        assertThat(records(keys, text)).isEqualTo(whole);
        assertThat(keys).anyMatch(k -> k.startsWith("shards/") && k.endsWith(".tar"));
        assertThat(keys).noneMatch(k -> k.startsWith("locks/"));
        assertPartsCover(name -> Json.read(text.apply(name), RunSummary.class));
    }

    private static void shard(int i, String out) {
        String[] base = args("run", "--input", in.toString(), "--output", out, "--shard", i + "/3");
        CliRun r = CliRun.of(out.startsWith("s3://") ? S3CliArgs.with(tmp.resolve("cache"), base) : base);
        // shard 0 holds broken.mp4: its run finishes with the video failed alone
        assertThat(r.exitCode()).as(r.err()).isEqualTo(i == 0 ? ExitCodes.SOME_ITEMS_FAILED : ExitCodes.OK);
        assertThat(r.out()).contains("partitions/shard-" + i + "-of-3.json");
    }

    /** The merged totals are the single run's; dedup linked the copies across shards, as it did there. */
    private static void assertSameSummary(RunSummary split, Path out) throws Exception {
        RunSummary one = Json.read(tmp.resolve("whole/summary.json"), RunSummary.class);
        assertThat(split.inputs()).isEqualTo(one.inputs()).isEqualTo(7);
        assertThat(split.inputsFailed()).isEqualTo(one.inputsFailed()).isEqualTo(1);
        assertThat(split.clips()).isEqualTo(one.clips());
        assertThat(split.clipsFiltered()).isEqualTo(one.clipsFiltered());
        assertThat(split.filters()).isEqualTo(one.filters());
        assertThat(split.passes().get("dedup")).isEqualTo(one.passes().get("dedup"));
        assertThat(((Number) split.passes().get("dedup").get("duplicates")).intValue())
                .isGreaterThanOrEqualTo(3);
        assertThat(split.session().videosProcessed()).isEqualTo(7);
        assertThat(Files.readAllBytes(onlyPart(out))).isEqualTo(Files.readAllBytes(onlyPart(tmp.resolve("whole"))));
    }

    /** Each shard did its own videos only, none twice, every shard some. */
    private static void assertPartsCover(Function<String, RunSummary> part) {
        int total = 0;
        for (int i = 0; i < 3; i++) {
            RunSummary p = part.apply("partitions/shard-" + i + "-of-3.json");
            assertThat(p.session().videosProcessed()).as("shard %d", i).isPositive();
            assertThat(p.inputs()).isEqualTo(p.session().videosProcessed());
            total += p.inputs();
        }
        assertThat(total).isEqualTo(7);
    }

    private static Path onlyPart(Path run) throws Exception {
        try (Stream<Path> files = Files.walk(run.resolve("embeddings"))) {
            List<Path> parts = files.filter(f -> f.toString().endsWith(".f16")).toList();
            assertThat(parts).hasSize(1);
            return parts.get(0);
        }
    }

    /** The run's record files (videos, clips, dedup report, shard index) by name, with part names made equal. */
    private static Map<String, String> records(List<String> names, Function<String, String> text) {
        Map<String, String> m = new TreeMap<>();
        for (String name : names) {
            if (name.matches("(videos|clips)/[^/]+\\.json|dedup/report\\.json|shards/index\\.json")) {
                String json = PART.matcher(text.apply(name)).replaceAll("embeddings/$1/PART.f16");
                m.put(
                        name,
                        name.startsWith("shards/")
                                ? TAR_PRINT.matcher(json).replaceAll("\"fingerprint\" : \"TAR\"")
                                : json);
            }
        }
        assertThat(m.keySet()).anyMatch(n -> n.startsWith("clips/")).contains("dedup/report.json");
        return m;
    }

    private static List<String> localFiles(Path run) throws Exception {
        try (Stream<Path> files = Files.walk(run)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> run.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
