package dev.clipsift.source;

import java.net.URI;

/**
 * How to reach S3: a named profile from the AWS config files (or the default credential chain when null),
 * an endpoint for S3-compatible servers (MinIO, Ceph, a local mock), a region and path-style addressing.
 * Holds no secrets itself: credentials stay inside the SDK's providers.
 */
public record S3Settings(String profile, URI endpoint, String region, boolean pathStyle) {

    /** Default chain, AWS endpoints, region from the environment or profile. */
    public static S3Settings defaults() {
        return new S3Settings(null, null, null, false);
    }

    /** The endpoint shown in messages: scheme, host and port only. */
    public String endpointShown() {
        if (endpoint == null) {
            return "the AWS S3 endpoint" + (region != null ? " (" + region + ")" : "");
        }
        return endpoint.getScheme() + "://" + endpoint.getHost()
                + (endpoint.getPort() > 0 ? ":" + endpoint.getPort() : "");
    }
}
