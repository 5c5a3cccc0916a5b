package dev.clipsift.source;

import com.adobe.testing.s3mock.S3MockApplication;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One S3Mock server for the whole test JVM (a real S3 HTTP API on loopback), started on first use. The
 * code under test finds its credentials through the SDK's default chain: the fake keys below are set as
 * the {@code aws.accessKeyId} / {@code aws.secretAccessKey} system properties.
 */
public final class S3TestServer {
    public static final String ACCESS_KEY = "AKIACLIPSIFTTESTKEY7";
    public static final String SECRET_KEY = "clipsiftTestSecretDoNotLeak0123456789abcd";
    private static S3MockApplication app;
    private static S3Client client;

    private S3TestServer() {}

    @SuppressWarnings("removal") // getHttpPort() is S3Mock 4's only way to learn the port it picked
    public static synchronized URI endpoint() {
        if (app == null) {
            System.setProperty("aws.accessKeyId", ACCESS_KEY);
            System.setProperty("aws.secretAccessKey", SECRET_KEY);
            try {
                Path root = Files.createTempDirectory("s3mock");
                app = S3MockApplication.start(new java.util.HashMap<>(Map.of(
                        S3MockApplication.PROP_HTTP_PORT,
                        "0",
                        S3MockApplication.PROP_HTTPS_PORT,
                        "0",
                        S3MockApplication.PROP_ROOT_DIRECTORY,
                        root.toString(),
                        S3MockApplication.PROP_SILENT,
                        true)));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return URI.create("http://127.0.0.1:" + app.getHttpPort());
    }

    /** Settings that reach the server: its endpoint, path-style, us-east-1, default credential chain. */
    public static S3Settings settings() {
        return new S3Settings(null, endpoint(), "us-east-1", true);
    }

    /** The same endpoint through another address (e.g. a fault-injecting proxy). */
    public static S3Settings settingsVia(URI endpoint) {
        endpoint();
        return new S3Settings(null, endpoint, "us-east-1", true);
    }

    /** A plain SDK client for setting up and checking test data, independent of the code under test. */
    public static synchronized S3Client client() {
        if (client == null) {
            client = S3Client.builder()
                    .endpointOverride(endpoint())
                    .region(Region.US_EAST_1)
                    .forcePathStyle(true)
                    .credentialsProvider(
                            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                    .build();
        }
        return client;
    }

    /** A new, empty bucket with a unique name. */
    public static String newBucket() {
        String name = "t-" + UUID.randomUUID().toString().substring(0, 12);
        client().createBucket(b -> b.bucket(name));
        return name;
    }

    public static void put(String bucket, String key, Path file) {
        client().putObject(p -> p.bucket(bucket).key(key), RequestBody.fromFile(file));
    }

    public static void put(String bucket, String key, byte[] bytes) {
        client().putObject(p -> p.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
    }
}
