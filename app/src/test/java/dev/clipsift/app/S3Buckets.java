package dev.clipsift.app;

import dev.clipsift.source.S3Settings;
import dev.clipsift.source.S3TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

/** Buckets on core's {@link S3TestServer} as the app's S3 tests need them, and an endpoint nothing answers at. */
public final class S3Buckets {
    private S3Buckets() {}

    /** A new bucket holding {@code files} under {@code prefix} (by file name), and one object outside it. */
    public static String with(String prefix, Iterable<Path> files) {
        String bucket = S3TestServer.newBucket();
        for (Path f : files) {
            S3TestServer.put(bucket, prefix + f.getFileName(), f);
        }
        S3TestServer.put(bucket, "elsewhere/outside.mp4", new byte[] {1, 2, 3});
        return bucket;
    }

    /** Settings naming a loopback port nothing listens on. */
    public static S3Settings unreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        return S3TestServer.settingsVia(URI.create("http://127.0.0.1:" + port));
    }
}
