package dev.clipsift.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.grid.GridOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GridBenchmarkTest {
    @Test
    void theReferenceCommandScalesAndTrimsEachInputAndStacksThemRowByRow() {
        GridOptions o = GridOptions.defaults().withGrid(4, 3);
        List<Path> files = IntStream.range(0, 12).mapToObj(i -> Path.of("v" + i + ".mp4")).toList();

        List<String> cmd = GridBenchmark.ffmpegCommand(Path.of("/usr/bin/ffmpeg"), "libx264", o, files, Path.of("out.mp4"));

        assertThat(cmd).containsSubsequence("-i", "v0.mp4", "-i", "v11.mp4");
        String graph = cmd.get(cmd.indexOf("-filter_complex") + 1);
        assertThat(graph).contains("[0:v]scale=192:108,trim=duration=5,setpts=PTS-STARTPTS[v0];")
                .contains("[11:v]scale=192:108,trim=duration=5")
                .contains("xstack=inputs=12:layout=0_0|192_0|384_0|576_0|0_108|192_108|384_108|576_108|0_216|192_216|384_216|576_216");
        assertThat(cmd).containsSubsequence("-r", "30", "-t", "5", "-c:v", "libx264", "-pix_fmt", "yuv420p");
        assertThat(cmd.get(cmd.size() - 1)).isEqualTo("out.mp4");
    }
}
