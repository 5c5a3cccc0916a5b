package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GridCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void acceptsTheCookbookFlagsAndWritesTheGrid() throws Exception {
        Path videos = Files.createDirectory(dir.resolve("videos"));
        Files.copy(TestData.video("bikes.mp4"), videos.resolve("bikes.mp4"));
        Path output = dir.resolve("grid.mp4");

        int code = run(
                "grid",
                "--input_dir",
                videos.toString(),
                "--output_video",
                output.toString(),
                "--cols",
                "2",
                "--rows",
                "1",
                "--video_length",
                "1",
                "--fps",
                "10",
                "--quiet");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(output).isNotEmptyFile();
        assertThat(out.toString()).contains("384x108, 10 frames at 10 fps").contains("1 tiles, 0 skipped");
        assertThat(err.toString()).contains("only 1 videos found for 2 tiles");
    }

    @Test
    void acceptsDashedSpellingsAndExitsTwoWhenAFileIsSkipped() throws Exception {
        Path videos = Files.createDirectory(dir.resolve("videos"));
        Files.copy(TestData.video("carphone_pristine.mp4"), videos.resolve("a.mp4"));
        Files.write(videos.resolve("b.mp4"), new byte[] {1, 2, 3});
        Path output = dir.resolve("grid.mp4");

        int code = run(
                "grid",
                "--input-dir",
                videos.toString(),
                "--output-video",
                output.toString(),
                "--cols",
                "2",
                "--rows",
                "1",
                "--video-length",
                "0.5",
                "--fps",
                "10",
                "--labels",
                "-q");

        assertThat(code).isEqualTo(ExitCodes.SOME_ITEMS_FAILED);
        assertThat(output).isNotEmptyFile();
        assertThat(err.toString()).contains("warning: skipping " + videos.resolve("b.mp4"));
    }

    @Test
    void aFolderWithNoValidVideoIsAClearErrorWithExitCodeTwo() throws Exception {
        Path videos = Files.createDirectory(dir.resolve("videos"));
        Files.write(videos.resolve("broken.mp4"), new byte[] {1, 2, 3});
        Path output = dir.resolve("grid.mp4");

        int code = run("grid", "--input_dir", videos.toString(), "--output_video", output.toString(), "-q");

        assertThat(code).isEqualTo(ExitCodes.SOME_ITEMS_FAILED);
        assertThat(err.toString()).contains("No valid videos found");
        assertThat(output).doesNotExist();
    }

    @Test
    void anOddTileSizeIsAUsageError() {
        int code = run(
                "grid",
                "--input_dir",
                dir.toString(),
                "--output_video",
                dir.resolve("g.mp4").toString(),
                "--tile-width",
                "191");
        assertThat(code).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(err.toString()).contains("tile size must be even");
    }
}
