package dev.clipsift.app;

import com.adobe.testing.s3mock.S3MockApplication;
import dev.clipsift.source.S3Settings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One S3Mock server for the app's test JVM (a real S3 HTTP API on loopback), started as core's tests start
 * theirs. The app finds the fake keys through the SDK's default chain ({@code aws.accessKeyId} /
 * {@code aws.secretAccessKey} system properties).
 */
public final class S3MockServer {
    private static final String ACCESS_KEY = "AKIACLIPSIFTAPPTEST7";
    private static final String SECRET_KEY = "clipsiftAppTestSecretDoNotLeak0123456789";
    private static S3MockApplication app;
    private static S3Client client;

    private S3MockServer() {}

    public static synchronized URI endpoint() {
        if (app == null) {
            System.setProperty("aws.accessKeyId", ACCESS_KEY);
            System.setProperty("aws.secretAccessKey", SECRET_KEY);
            try {
                Path root = Files.createTempDirectory("s3mock");
                app = S3MockApplication.start(new HashMap<>(Map.of(
                        S3MockApplication.PROP_HTTP_PORT, "0",
                        S3MockApplication.PROP_HTTPS_PORT, "0",
                        S3MockApplication.PROP_ROOT_DIRECTORY, root.toString(),
                        S3MockApplication.PROP_SILENT, true)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return URI.create("http://127.0.0.1:" + app.getHttpPort());
    }

    /** Settings that reach the server: its endpoint, path-style, us-east-1, default credential chain. */
    public static S3Settings settings() {
        return new S3Settings(null, endpoint(), "us-east-1", true);
    }

    /** Settings naming a loopback port nothing listens on. */
    public static S3Settings unreachable() throws IOException {
        endpoint();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        return new S3Settings(null, URI.create("http://127.0.0.1:" + port), "us-east-1", true);
    }

    /** A new bucket holding {@code files} under {@code prefix} (by file name), and one object outside it. */
    public static String bucketWith(String prefix, Iterable<Path> files) {
        String bucket = "t-" + UUID.randomUUID().toString().substring(0, 12);
        client().createBucket(b -> b.bucket(bucket));
        for (Path f : files) {
            client().putObject(p -> p.bucket(bucket).key(prefix + f.getFileName()), RequestBody.fromFile(f));
        }
        client().putObject(p -> p.bucket(bucket).key("elsewhere/outside.mp4"), RequestBody.fromBytes(new byte[] {1, 2, 3}));
        return bucket;
    }

    private static synchronized S3Client client() {
        if (client == null) {
            client = S3Client.builder().endpointOverride(endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                    .build();
        }
        return client;
    }
}
