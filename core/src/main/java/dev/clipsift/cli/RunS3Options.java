package dev.clipsift.cli;

import dev.clipsift.source.S3Settings;
import java.net.URI;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How {@code run} and {@code resume} reach S3: the shared {@code --s3-*} options, with a profile and endpoint
 * of their own for the input and for the output side (cosmos-curate's {@code --input-s3-profile-name} /
 * {@code --output-s3-profile-name}). Region and path-style come from the shared options.
 */
final class RunS3Options {
    @Mixin
    S3Options shared;

    @Option(
            names = "--input-s3-profile-name",
            paramLabel = "NAME",
            description = "AWS profile for reading the input (default: --s3-profile).")
    String inputProfile;

    @Option(
            names = "--input-s3-endpoint",
            paramLabel = "URL",
            description = "S3 endpoint of the input (default: --s3-endpoint).")
    URI inputEndpoint;

    @Option(
            names = "--output-s3-profile-name",
            paramLabel = "NAME",
            description = "AWS profile for writing the output (default: --s3-profile).")
    String outputProfile;

    @Option(
            names = "--output-s3-endpoint",
            paramLabel = "URL",
            description = "S3 endpoint of the output (default: --s3-endpoint).")
    URI outputEndpoint;

    S3Settings input() {
        return side(inputProfile, inputEndpoint);
    }

    S3Settings output() {
        return side(outputProfile, outputEndpoint);
    }

    private S3Settings side(String profile, URI endpoint) {
        S3Settings s = shared.settings();
        return new S3Settings(
                profile != null ? profile : s.profile(),
                endpoint != null ? endpoint : s.endpoint(),
                s.region(),
                s.pathStyle());
    }
}
