package dev.clipsift.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.split.ShotSplitters;
import dev.clipsift.split.SplitConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitBenchmarkTest {

    @Test
    void timesEachSideSteadyAndAsAWholeProcessOrSaysWhyItWasSkipped() throws Exception {
        SplitBenchmark.Result r = SplitBenchmark.run(
                TestData.video("bikes.mp4"),
                ShotSplitters.create(new SplitConfig("content", Map.of())),
                List.of("--detector", "content"),
                2,
                1,
                Optional.empty());
        assertThat(r.frames()).isEqualTo(250);
        assertThat(r.cuts()).containsExactly(30, 76, 137, 187, 242);
        assertThat(r.clipsift().steadyS()).isPositive();
        assertThat(r.clipsift().wholeS())
                .as("the CLI in a fresh JVM also loads the JVM and FFmpeg")
                .isGreaterThan(r.clipsift().steadyS());
        if (ExternalTool.find("ffmpeg").isPresent()) {
            assertThat(r.ffmpeg().steadyS())
                    .isPositive()
                    .isLessThanOrEqualTo(r.ffmpeg().wholeS());
            assertThat(r.ffmpeg().steadyRatio(r.clipsift())).isPositive();
            assertThat(r.ffmpeg().note()).contains("-threads 2", "-f null", "-benchmark");
        } else {
            assertThat(r.ffmpeg().steadyS()).isNull();
            assertThat(r.ffmpeg().steadyRatio(r.clipsift())).isNaN();
            assertThat(r.ffmpeg().note()).contains("not installed");
        }
        if (r.pyscenedetect().steadyS() == null) {
            assertThat(r.pyscenedetect().note()).contains("skipped");
            assertThat(r.pyscenedetect().wholeRatio(r.clipsift())).isNaN();
        } else {
            assertThat(r.pyscenedetect().steadyS()).isLessThan(r.pyscenedetect().wholeS());
        }
    }

    @Test
    void anInterpreterWithoutPySceneDetectIsSkippedWithTheImportThatFailed(@TempDir Path dir) throws Exception {
        Path python = dir.resolve("python3");
        Files.writeString(
                python,
                "#!/bin/sh\necho 'Traceback (most recent call last):' >&2\n"
                        + "echo \"ModuleNotFoundError: No module named 'cv2'\" >&2\nexit 1\n");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwx------"));
        SplitBenchmark.Result r = SplitBenchmark.run(
                TestData.video("carphone_distorted.mp4"),
                ShotSplitters.create(new SplitConfig("content", Map.of())),
                List.of(),
                1,
                1,
                Optional.of(python));
        assertThat(r.pyscenedetect().steadyS()).isNull();
        assertThat(r.pyscenedetect().note())
                .contains("skipped", python.toString(), "No module named 'cv2'", "--python");
    }

    @Test
    void fixedStrideHasNoPySceneDetectCounterpart() throws Exception {
        SplitBenchmark.Result r = SplitBenchmark.run(
                TestData.video("bikes.mp4"),
                ShotSplitters.create(new SplitConfig("fixed-stride", Map.of("stride_s", 4))),
                List.of("--detector", "fixed-stride", "--param", "stride_s=4"),
                1,
                1,
                Optional.empty());
        assertThat(r.cuts()).containsExactly(100, 200);
        assertThat(r.pyscenedetect().note()).contains("no fixed-stride detector");
    }
}
