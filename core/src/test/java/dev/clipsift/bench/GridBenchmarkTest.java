package dev.clipsift.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.grid.GridOptions;
import dev.clipsift.grid.GridVideoMaker;
import dev.clipsift.source.LocalLister;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GridBenchmarkTest {
    @Test
    void theReferenceCommandScalesAndTrimsEachInputAndStacksThemRowByRow() {
        GridOptions o = GridOptions.defaults().withGrid(4, 3);
        List<Path> files =
                IntStream.range(0, 12).mapToObj(i -> Path.of("v" + i + ".mp4")).toList();

        List<String> cmd =
                GridBenchmark.ffmpegCommand(Path.of("/usr/bin/ffmpeg"), "libx264", o, files, Path.of("out.mp4"));

        assertThat(cmd).containsSubsequence("-i", "v0.mp4", "-i", "v11.mp4");
        String graph = cmd.get(cmd.indexOf("-filter_complex") + 1);
        assertThat(graph)
                .contains("[0:v]scale=192:108,trim=duration=5,setpts=PTS-STARTPTS[v0];")
                .contains("[11:v]scale=192:108,trim=duration=5")
                .contains(
                        "xstack=inputs=12:layout=0_0|192_0|384_0|576_0|0_108|192_108|384_108|576_108|0_216|192_216|384_216|576_216");
        assertThat(cmd).containsSubsequence("-r", "30", "-t", "5", "-c:v", "libx264", "-pix_fmt", "yuv420p");
        assertThat(cmd.get(cmd.size() - 1)).isEqualTo("out.mp4");
    }

    @Test
    void timesBothSidesSteadyAndAsWholeProcessesOnTheSamePick() throws Exception {
        GridOptions o = GridOptions.defaults().withGrid(2, 1).withTiming(1, 15);
        Path dir = TestData.videos();
        List<Path> files;
        try (Stream<Path> listed = new LocalLister().list(dir)) {
            files = GridVideoMaker.pick(listed, o)
                    .items(); // what `clipsift grid --input_dir DIR` picks with the same seed
        }

        GridBenchmark.Result r = GridBenchmark.run(o, dir, files, 1);

        assertThat(r.clipsiftS()).isPositive();
        assertThat(r.clipsiftWholeS())
                .as("a fresh JVM also starts and loads FFmpeg")
                .isGreaterThan(r.clipsiftS());
        if (ExternalTool.find("ffmpeg").isPresent()) {
            assertThat(r.ffmpegS())
                    .as("ffmpeg's own rtime is part of its process's wall time")
                    .isPositive()
                    .isLessThanOrEqualTo(r.ffmpegWholeS());
            assertThat(r.wholeRatio()).isPositive();
        } else {
            assertThat(r.ffmpegS()).isNull();
            assertThat(r.ffmpegNote()).contains("not installed");
        }
    }

    @Test
    void ffmpegsBenchmarkLineGivesItsOwnCpuAndRealTime() throws Exception {
        FfmpegBenchLine line = FfmpegBenchLine.of(new ExternalTool.Completed(
                0,
                "frame=  150 fps=0.0 q=-0.0 Lsize=N/A\nbench: utime=1.250s stime=0.125s rtime=0.980s\nbench: maxrss=51200KiB\n",
                1.2));
        assertThat(line.rtimeS()).isEqualTo(0.98);
        assertThat(line.cpuS()).isEqualTo(1.375);
    }
}
