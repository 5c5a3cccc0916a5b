package dev.clipsift.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.clipsift.TestData;
import dev.clipsift.model.InputRecord;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.split.SplitConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose output disk fills up (a real 1.5 MB tmpfs, where the machine lets a test mount one) stops with one
 * clear line, records no input as failed, and once there is space a resume finishes every clip: the same clips
 * as a run that never ran short.
 */
class FullDiskTest {
    @TempDir
    Path tmp;

    private Path disk;

    private static boolean sh(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            sh("umount", disk.toString());
        }
    }

    @Test
    void aRunOnADiskThatFillsUpStopsClearlyAndAResumeFinishesEveryClipOnceThereIsSpace() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("bigbuckbunny.mp4", "bikes.mp4", "carphone_pristine.mp4")) {
            Files.copy(TestData.video(name), in.resolve(name));
        }
        RunConfig config = new RunConfig(
                in.toString(), null, null, new SplitConfig("fixed-stride", Map.of("stride_s", 2.0)), null, null);
        RunSummary clean = new CurationRun(tmp.resolve("clean"), 2, RunListener.NONE, w -> {}).start(config);
        Path mount = Files.createDirectories(tmp.resolve("disk"));
        assumeTrue(
                sh("mount", "-t", "tmpfs", "-o", "size=1536k", "tmpfs", mount.toString()),
                "mounting a tmpfs needs root (CAP_SYS_ADMIN); this machine does not allow it");
        disk = mount;
        Path out = disk.resolve("out");

        assertThatThrownBy(() -> new CurationRun(out, 2, RunListener.NONE, w -> {}).start(config))
                .isInstanceOf(RunStopped.class)
                .hasMessage("no space left on device at " + out + ": free space, then 'clipsift resume " + out + "'");
        RunFolder folder = new RunFolder(out);
        for (InputRecord v : folder.readVideoRecords()) {
            assertThat(v.errors()).as("a full disk is not the input's fault").isEmpty();
        }
        assertThat(folder.readVideoRecords()).hasSizeLessThan(clean.inputs());

        assertThat(sh("mount", "-o", "remount,size=256m", disk.toString())).isTrue();
        RunSummary resumed = new CurationRun(out, 2, RunListener.NONE, w -> {}).resume();

        assertThat(resumed.inputsFailed()).isZero();
        assertThat(resumed.clipsFailed()).isZero();
        assertThat(resumed.clips()).isEqualTo(clean.clips()).isPositive();
        assertThat(resumed.clipBytes()).isPositive();
        for (InputRecord v : folder.readVideoRecords()) {
            for (String clip : v.clipIds()) {
                assertThat(folder.clipVideo(clip)).isRegularFile();
            }
        }
    }
}
