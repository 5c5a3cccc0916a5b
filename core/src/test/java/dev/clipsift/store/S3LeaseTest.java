package dev.clipsift.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.io.Json;
import dev.clipsift.source.S3Clients;
import dev.clipsift.source.S3Location;
import dev.clipsift.source.S3TestServer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The lease of an S3 output (S3Mock) lives by its renewals: a run that holds it past its first time to live still
 * keeps a second run out, because the holder's heartbeat moved the expiry on (If-Match its own ETag).
 */
class S3LeaseTest {
    private static final String KEY = "out/locks/shard-0-of-2.json";

    @Test
    void aHeldLeaseIsRenewedPastItsFirstExpiryAndStillKeepsASecondRunOut() throws Exception {
        String bucket = S3TestServer.newBucket();
        Duration ttl = Duration.ofSeconds(4);
        try (S3OutputStore store = new S3OutputStore(
                        new S3Clients(S3TestServer.settings()), S3Location.parse("s3://" + bucket + "/out"), true);
                S3Lease held = store.lease("locks/shard-0-of-2.json", "shard-0-of-2", ttl, w -> {})) {
            long firstExpiry = holder(bucket).expiresAtMs();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            LockHolder now = holder(bucket);
            // wait until the first expiry has passed and the lease, renewed, is still valid
            while (!(System.currentTimeMillis() > firstExpiry && now.expiresAtMs() > System.currentTimeMillis())
                    && System.nanoTime() < until) {
                Thread.sleep(50);
                now = holder(bucket);
            }
            assertThat(now.expiresAtMs()).isGreaterThan(firstExpiry);
            assertThat(now.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThatThrownBy(() -> store.lease("locks/shard-0-of-2.json", "shard-0-of-2", ttl, w -> {}))
                    .isInstanceOf(OutputInUse.class)
                    .hasMessageContaining("in use by another run of shard-0-of-2");
        }
        assertThat(S3TestServer.client()
                        .listObjectsV2(l -> l.bucket(bucket).prefix("out/locks/"))
                        .contents())
                .as("released on close")
                .isEmpty();
    }

    private static LockHolder holder(String bucket) {
        return Json.read(
                S3TestServer.client()
                        .getObjectAsBytes(g -> g.bucket(bucket).key(KEY))
                        .asUtf8String(),
                LockHolder.class);
    }
}
