package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.source.S3TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clipsift grid} from an S3 prefix to an S3 key (S3Mock on loopback). */
class S3GridTest {
    @TempDir
    Path tmp;

    private String[] s3Args(String... args) {
        return S3CliArgs.with(tmp.resolve("cache"), args);
    }

    @Test
    void aGridFromAPrefixIsUploadedToAKeyFromTheDownloadedPicks() throws Exception {
        String bucket = S3TestServer.newBucket();
        for (String name : new String[] {"carphone_pristine.mp4", "bikes.mp4"}) {
            S3TestServer.put(bucket, "in/" + name, TestData.video(name));
        }
        CliRun grid = CliRun.of(s3Args(
                "grid",
                "--input_dir",
                "s3://" + bucket + "/in",
                "--output_video",
                "s3://" + bucket + "/grids/two.mp4",
                "--cols",
                "2",
                "--rows",
                "1",
                "--video_length",
                "0.5",
                "--fps",
                "10",
                "-q"));
        assertThat(grid.exitCode()).as(grid.err()).isEqualTo(ExitCodes.OK);
        assertThat(grid.out())
                .contains("wrote s3://" + bucket + "/grids/two.mp4: 384x108, 5 frames at 10 fps")
                .contains("2 tiles, 0 skipped");
        Path back = tmp.resolve("two.mp4");
        S3TestServer.client().getObject(g -> g.bucket(bucket).key("grids/two.mp4"), back);
        VideoRecord r = new Prober().probe(back);
        assertThat(r.ok()).as(r.error()).isTrue();
        assertThat(r.width()).isEqualTo(384);
        assertThat(r.frames()).isEqualTo(5L);
        try (Stream<Path> grids = Files.walk(tmp.resolve("cache"))) {
            assertThat(grids.filter(Files::isRegularFile).map(Path::toString))
                    .as("the local grid is dropped once uploaded")
                    .noneMatch(p -> p.contains("grids"));
        }
    }
}
