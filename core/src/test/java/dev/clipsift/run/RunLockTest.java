package dev.clipsift.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.io.Json;
import dev.clipsift.source.S3Clients;
import dev.clipsift.source.S3Location;
import dev.clipsift.source.S3TestServer;
import dev.clipsift.store.LockHolder;
import dev.clipsift.store.OutputInUse;
import dev.clipsift.store.S3OutputStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per part of a run output: a second run of the same part stops with {@link OutputInUse} naming the
 * first (pid, host, since) and does nothing, other parts are not blocked, and a killed holder leaves no lock
 * behind: locally through an OS file lock held by another process, in S3 (S3Mock) through the lease.
 */
class RunLockTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondRunOfTheSamePartStopsOtherPartsGoOn() throws Exception {
        Path in = RunInputs.good(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        RunFolder folder = new RunFolder(out);
        try (RunLock held = RunLock.acquire(folder, null, VideoSelection.all(), out.toString(), w -> {})) {
            CurationRun second = new CurationRun(out, 1, dev.clipsift.pipeline.RunListener.NONE, w -> {});
            assertThatThrownBy(() -> RunTask.await(second.submit(RunInputs.fixedStride(in))))
                    .isInstanceOf(OutputInUse.class)
                    .hasMessageContaining(out + " is in use by another run (pid "
                            + ProcessHandle.current().pid());
            assertThat(folder.doneIds()).isEmpty();
            // shard 1/2 is another part: it runs beside the lock on the whole
            try (RunLock other = RunLock.acquire(folder, null, VideoSelection.shard(1, 2), out.toString(), w -> {})) {
                assertThat(RunLock.held(folder, null)).containsOnlyKeys("all", "shard-1-of-2");
            }
        }
        assertThat(RunLock.held(folder, null)).isEmpty();
        RunSummary done = new CurationRun(out, 1, dev.clipsift.pipeline.RunListener.NONE, w -> {})
                .start(RunInputs.fixedStride(in));
        assertThat(done.inputsOk()).isEqualTo(2);
    }

    @Test
    void aKilledHolderLeavesNoLockBehind() throws Exception {
        Path out = tmp.resolve("out");
        RunFolder folder = new RunFolder(out);
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldLock.class.getName(),
                        out.toString(),
                        "0/2")
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> RunLock.acquire(folder, null, VideoSelection.shard(0, 2), "OUT", w -> {}))
                    .isInstanceOf(OutputInUse.class)
                    .hasMessageContaining("OUT is in use by another run of shard-0-of-2 (pid " + holder.pid());
            assertThat(RunLock.held(folder, null)).containsOnlyKeys("shard-0-of-2");
            RunLock.acquire(folder, null, VideoSelection.shard(1, 2), "OUT", w -> {})
                    .close();
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(RunLock.held(folder, null)).isEmpty();
        RunLock.acquire(folder, null, VideoSelection.shard(0, 2), "OUT", w -> {})
                .close();
    }

    @Test
    void anS3LeaseKeepsASecondRunOutUntilReleasedOrExpired() throws Exception {
        String bucket = S3TestServer.newBucket();
        RunFolder staging = new RunFolder(tmp.resolve("staging"));
        try (S3OutputStore store = new S3OutputStore(
                new S3Clients(S3TestServer.settings()), S3Location.parse("s3://" + bucket + "/out"), true)) {
            try (RunLock first = RunLock.acquire(staging, store, VideoSelection.shard(0, 3), "OUT", w -> {})) {
                // the conditional put (If-None-Match) is what refuses the second writer
                assertThatThrownBy(() -> RunLock.acquire(staging, store, VideoSelection.shard(0, 3), "OUT", w -> {}))
                        .isInstanceOf(OutputInUse.class)
                        .hasMessageContaining("(pid " + ProcessHandle.current().pid() + ", host ");
                RunLock.acquire(staging, store, VideoSelection.shard(2, 3), "OUT", w -> {})
                        .close();
                assertThat(RunLock.held(staging, store)).containsOnlyKeys("shard-0-of-3");
            }
            assertThat(RunLock.held(staging, store)).isEmpty();
            assertThat(S3TestServer.client()
                            .listObjectsV2(l -> l.bucket(bucket).prefix("out/locks/"))
                            .contents())
                    .isEmpty();

            // a killed run's lease: it stopped renewing, and it has expired
            LockHolder dead =
                    new LockHolder(99999, "gone-host", "2026-01-01T00:00:00Z", System.currentTimeMillis() - 1);
            S3TestServer.put(bucket, "out/locks/all.json", Json.write(dead).getBytes(StandardCharsets.UTF_8));
            assertThat(RunLock.held(staging, store)).isEmpty();
            try (RunLock taken = RunLock.acquire(staging, store, VideoSelection.all(), "OUT", w -> {})) {
                String lease = S3TestServer.client()
                        .getObjectAsBytes(g -> g.bucket(bucket).key("out/locks/all.json"))
                        .asUtf8String();
                assertThat(Json.read(lease, LockHolder.class).pid())
                        .isEqualTo(ProcessHandle.current().pid());
            }
            // a live one (renewed into the future) keeps others out
            LockHolder live = dead.until(System.currentTimeMillis() + 3_600_000);
            S3TestServer.put(bucket, "out/locks/all.json", Json.write(live).getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> RunLock.acquire(staging, store, VideoSelection.all(), "OUT", w -> {}))
                    .isInstanceOf(OutputInUse.class)
                    .hasMessageContaining("pid 99999, host gone-host");
        }
    }
}
