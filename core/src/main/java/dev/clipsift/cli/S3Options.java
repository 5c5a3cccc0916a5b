package dev.clipsift.cli;

import dev.clipsift.source.S3Settings;
import java.net.URI;
import picocli.CommandLine.Option;

/** How commands reach S3 (sources and outputs alike). Credentials come from the default chain or the profile. */
final class S3Options {
    @Option(
            names = "--s3-profile",
            paramLabel = "NAME",
            description =
                    "Named profile from the AWS config files (~/.aws/config, ~/.aws/credentials). Default: the standard credential chain (environment, profile 'default', SSO, instance role).")
    String profile;

    @Option(
            names = "--s3-endpoint",
            paramLabel = "URL",
            description = "S3-compatible endpoint, e.g. http://localhost:9000 for MinIO. Default: AWS.")
    URI endpoint;

    @Option(
            names = "--s3-region",
            paramLabel = "REGION",
            description = "Region, e.g. eu-west-1. Default: from the environment or profile, else us-east-1.")
    String region;

    @Option(
            names = "--s3-path-style",
            description = "Address buckets as ENDPOINT/BUCKET/KEY (MinIO, Ceph and most local servers need this).")
    boolean pathStyle;

    S3Settings settings() {
        return new S3Settings(profile, endpoint, region, pathStyle);
    }
}
