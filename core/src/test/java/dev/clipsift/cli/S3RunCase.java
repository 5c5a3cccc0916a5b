package dev.clipsift.cli;

import dev.clipsift.TestData;
import dev.clipsift.source.S3TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The base of the tests that run {@code clipsift} against the test S3 server (S3Mock on loopback): a bucket shared
 * by them that holds two of the shared clips under {@code in/} (each test writes under prefixes of its own),
 * {@code clipsift} arguments pointing at the server with a cache folder in the test's temp folder, and the
 * objects a run left.
 */
abstract class S3RunCase {
    static final List<String> CLIPS = List.of("carphone_pristine.mp4", "bikes.mp4");
    static final String BUCKET = twoClipsBucket();

    @TempDir
    Path tmp;

    private static String twoClipsBucket() {
        String bucket = S3TestServer.newBucket();
        for (String name : CLIPS) {
            S3TestServer.put(bucket, "in/" + name, TestData.video(name));
        }
        return bucket;
    }

    /** {@code args} with the options that reach the test server. */
    String[] args(String... args) {
        return S3CliArgs.with(tmp.resolve("cache"), args);
    }

    /** {@code clipsift resume} of the S3 output {@code output}, staged in {@code staging}. */
    CliRun resume(String output, Path staging, String... more) {
        List<String> all = new ArrayList<>(List.of("resume", output, "-q", "--staging", staging.toString()));
        all.addAll(List.of(more));
        return CliRun.of(args(all.toArray(String[]::new)));
    }

    /** {@code clipsift run} of one 2-second clip a video ({@link CliRun#ONE_CLIP_A_VIDEO}), with {@code more}. */
    String[] runArgs(String input, String output, String... more) {
        List<String> all = new ArrayList<>(List.of("run", "--input", input, "--output", output));
        all.addAll(CliRun.ONE_CLIP_A_VIDEO);
        all.addAll(List.of(more));
        return args(all.toArray(String[]::new));
    }

    /** The objects under {@code prefix}, by key without it. */
    Map<String, S3Object> objects(String prefix) {
        return S3TestServer.client()
                .listObjectsV2Paginator(l -> l.bucket(BUCKET).prefix(prefix))
                .contents()
                .stream()
                .collect(Collectors.toMap(o -> o.key().substring(prefix.length()), Function.identity()));
    }

    String text(String key) {
        return S3TestServer.client()
                .getObjectAsBytes(g -> g.bucket(BUCKET).key(key))
                .asString(StandardCharsets.UTF_8);
    }
}
