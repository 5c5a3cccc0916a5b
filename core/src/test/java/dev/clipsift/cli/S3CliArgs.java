package dev.clipsift.cli;

import dev.clipsift.source.S3TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command-line arguments with the options that point {@code clipsift} at the test S3 server (S3Mock on loopback). */
public final class S3CliArgs {
    private S3CliArgs() {}

    /** {@code args} followed by the test server's endpoint, path-style addressing, a region and {@code cache}. */
    public static String[] with(Path cache, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--s3-endpoint",
                S3TestServer.endpoint().toString(),
                "--s3-path-style",
                "--s3-region",
                "us-east-1",
                "--cache-dir",
                cache.toString()));
        return all.toArray(String[]::new);
    }
}
