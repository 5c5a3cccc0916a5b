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
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Runs against the test S3 server (S3Mock on loopback): a bucket shared by the tests that holds two of the shared
 * clips under {@code in/} (each test writes under prefixes of its own), {@code clipsift} arguments pointing at the
 * server with a cache folder of the test's, and the objects a run left.
 */
record S3Runs(String bucket, Path cache) {
    static final List<String> CLIPS = List.of("carphone_pristine.mp4", "bikes.mp4");
    private static String shared;

    /** The shared bucket, filled on first use. */
    static synchronized String twoClipsBucket() {
        if (shared == null) {
            shared = S3TestServer.newBucket();
            for (String name : CLIPS) {
                S3TestServer.put(shared, "in/" + name, TestData.video(name));
            }
        }
        return shared;
    }

    /** {@code args} with the options that reach the test server. */
    String[] args(String... args) {
        return S3CliArgs.with(cache, args);
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
                .listObjectsV2Paginator(l -> l.bucket(bucket).prefix(prefix))
                .contents()
                .stream()
                .collect(Collectors.toMap(o -> o.key().substring(prefix.length()), Function.identity()));
    }

    String text(String key) {
        return S3TestServer.client()
                .getObjectAsBytes(g -> g.bucket(bucket).key(key))
                .asString(StandardCharsets.UTF_8);
    }
}
