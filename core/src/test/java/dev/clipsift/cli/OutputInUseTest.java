package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.source.S3Clients;
import dev.clipsift.source.S3Location;
import dev.clipsift.source.S3TestServer;
import dev.clipsift.store.S3Lease;
import dev.clipsift.store.S3OutputStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clipsift run} into an output whose part another run holds stops at once with exit code 3 and a message
 * naming the holder, having done nothing: in an S3 output (S3Mock) the holder is the lease object
 * ({@code locks/<part>.json}), so it does not matter on which machine or in which staging folder either runs.
 */
class OutputInUseTest {
    @TempDir
    Path tmp;

    @Test
    void aRunIntoAnS3OutputWhoseShardAnotherRunHoldsSaysItIsInUseAndDoesNothing() throws Exception {
        String bucket = S3TestServer.newBucket();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(TestData.video("bikes.mp4"), in.resolve("bikes.mp4"));
        String out = "s3://" + bucket + "/busy";
        try (S3OutputStore store =
                        new S3OutputStore(new S3Clients(S3TestServer.settings()), S3Location.parse(out), true);
                S3Lease other =
                        store.lease("locks/shard-1-of-2.json", "shard-1-of-2", Duration.ofMinutes(2), w -> {})) {
            CliRun second = CliRun.of(S3CliArgs.with(
                    tmp.resolve("cache"), "run", "--input", in.toString(), "--output", out, "--shard", "1/2", "-q"));

            assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.OUTPUT_IN_USE);
            assertThat(second.err())
                    .contains("clipsift: " + out + "/ is in use by another run of shard-1-of-2 (pid "
                            + ProcessHandle.current().pid() + ", host ")
                    .contains("wait for it to finish, or use another output");
            assertThat(S3TestServer.client()
                            .listObjectsV2(l -> l.bucket(bucket).prefix("busy/"))
                            .contents())
                    .extracting(o -> o.key())
                    .as("no config, no records: only the other run's lease")
                    .containsExactly("busy/locks/shard-1-of-2.json");
        }
    }
}
