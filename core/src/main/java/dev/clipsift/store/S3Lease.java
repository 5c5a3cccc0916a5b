package dev.clipsift.store;

import dev.clipsift.io.Json;
import dev.clipsift.source.S3Clients;
import dev.clipsift.source.S3Errors;
import dev.clipsift.source.SourceException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A lock on an S3 output: a lease object ({@link LockHolder} as JSON) created with a conditional put
 * ({@code If-None-Match: *}, so of two runs only one creates it), renewed every quarter of its time to live
 * while the run lives ({@code If-Match} its own ETag) and deleted when it ends. A killed run stops renewing: once
 * the lease has expired the next run deletes it ({@code If-Match} the expired lease's ETag, so two runs cannot
 * both take it over) and creates its own. The time to live bounds how long a killed run keeps others out.
 */
public final class S3Lease implements AutoCloseable {
    /** How long a lease holds without renewal. */
    public static final Duration TTL = Duration.ofMinutes(2);

    private final S3Clients clients;
    private final String bucket;
    private final String key;
    private final Duration ttl;
    private final Consumer<String> warnings;
    private final ScheduledExecutorService renewer;
    private LockHolder holder;
    private volatile @Nullable String etag;

    private S3Lease(
            S3Clients clients,
            String bucket,
            String key,
            Duration ttl,
            LockHolder holder,
            String etag,
            Consumer<String> warnings) {
        this.clients = clients;
        this.bucket = bucket;
        this.key = key;
        this.ttl = ttl;
        this.holder = holder;
        this.etag = etag;
        this.warnings = warnings;
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clipsift-lease");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, ttl.toMillis() / 4);
        renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the lease {@code key} in {@code bucket} for {@code part} of the output {@code output}, or throws
     * {@link OutputInUse} naming the live holder.
     */
    static S3Lease acquire(
            S3Clients clients,
            String bucket,
            String key,
            Duration ttl,
            String output,
            String part,
            Consumer<String> warnings) {
        String shown = "s3://" + bucket + "/" + key;
        LockHolder seen = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            LockHolder me = LockHolder.self(System.currentTimeMillis() + ttl.toMillis());
            try {
                String tag = clients.sync()
                        .putObject(
                                p -> p.bucket(bucket).key(key).ifNoneMatch("*"), RequestBody.fromString(Json.write(me)))
                        .eTag();
                return new S3Lease(clients, bucket, key, ttl, me, tag, warnings);
            } catch (S3Exception e) {
                if (!taken(e)) {
                    throw failure("cannot create the lease " + shown, e, shown, clients);
                }
            } catch (SdkException e) {
                throw failure("cannot create the lease " + shown, e, shown, clients);
            }
            ResponseBytes<GetObjectResponse> current;
            try {
                current = clients.sync().getObjectAsBytes(g -> g.bucket(bucket).key(key));
            } catch (NoSuchKeyException e) {
                continue; // released meanwhile
            } catch (SdkException e) {
                throw failure("cannot read the lease " + shown, e, shown, clients);
            }
            seen = Json.read(current.asUtf8String(), LockHolder.class);
            if (seen.expiresAtMs() > System.currentTimeMillis()) {
                throw new OutputInUse(output, part, seen);
            }
            String expired = current.response().eTag();
            try {
                clients.sync().deleteObject(d -> d.bucket(bucket).key(key).ifMatch(expired));
            } catch (S3Exception e) {
                if (!taken(e)) {
                    throw failure("cannot remove the expired lease " + shown, e, shown, clients);
                }
            }
        }
        throw new OutputInUse(output, part, seen != null ? seen : LockHolder.self(0));
    }

    private static boolean taken(S3Exception e) {
        return e.statusCode() == 412 || e.statusCode() == 409;
    }

    private static SourceException failure(String what, SdkException e, String shown, S3Clients clients) {
        return new SourceException(what + ": " + S3Errors.describe(e, shown, clients.settings()), e);
    }

    private void renew() {
        String tag = etag;
        if (tag == null) {
            return;
        }
        LockHolder next = holder.until(System.currentTimeMillis() + ttl.toMillis());
        try {
            etag = clients.sync()
                    .putObject(p -> p.bucket(bucket).key(key).ifMatch(tag), RequestBody.fromString(Json.write(next)))
                    .eTag();
            holder = next;
        } catch (S3Exception e) {
            if (taken(e)) {
                etag = null;
                warnings.accept("the lease s3://" + bucket + "/" + key
                        + " was taken over by another run (it had expired): two runs may now work on the same videos");
            } else {
                warnings.accept(
                        "cannot renew the lease s3://" + bucket + "/" + key + " (tried again): " + e.getMessage());
            }
        } catch (SdkException e) {
            warnings.accept("cannot renew the lease s3://" + bucket + "/" + key + " (tried again): " + e.getMessage());
        }
    }

    /** Stops renewing and deletes the lease, if still this run's. */
    @Override
    public void close() {
        renewer.shutdownNow();
        String tag = etag;
        etag = null;
        if (tag == null) {
            return;
        }
        try {
            clients.sync().deleteObject(d -> d.bucket(bucket).key(key).ifMatch(tag));
        } catch (SdkException e) {
            warnings.accept("cannot remove the lease s3://" + bucket + "/" + key + " (it expires by itself): "
                    + e.getMessage());
        }
    }
}
