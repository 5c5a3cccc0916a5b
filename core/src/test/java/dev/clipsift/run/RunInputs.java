package dev.clipsift.run;

import dev.clipsift.TestVideos;
import dev.clipsift.split.SplitConfig;
import dev.clipsift.transcode.SyntheticVideo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Input folders for run tests: small generated videos, plus the bad files a real dataset holds. */
final class RunInputs {
    private RunInputs() {}

    /** a.mp4: 150 frames at 25 fps with cuts at 40 and 100, with audio; b.mp4: 100 frames, no audio. */
    static Path good(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        SyntheticVideo.write(dir.resolve("a.mp4"), 150, 25, List.of(40, 100), true);
        SyntheticVideo.write(dir.resolve("sub/b.mp4"), 100, 25, List.of(), false);
        return dir;
    }

    /** Adds a zero-byte file, random bytes, a truncated video and an audio-only file. */
    static Path withBadFiles(Path dir) throws IOException {
        Files.createFile(dir.resolve("empty.mp4"));
        byte[] noise = new byte[50_000];
        new Random(7).nextBytes(noise);
        Files.write(dir.resolve("random.mp4"), noise);
        byte[] a = Files.readAllBytes(dir.resolve("a.mp4"));
        Files.write(dir.resolve("truncated.mp4"), Arrays.copyOf(a, a.length / 2));
        TestVideos.audioOnly(dir.resolve("audio-only.mp4"), 2);
        return dir;
    }

    /** Fixed-stride 2 s clips (50 frames at 25 fps) without end crop. */
    static RunConfig fixedStride(Path input) {
        return new RunConfig(
                input.toString(), null, null, new SplitConfig("fixed-stride", Map.of("stride_s", 2.0)), null, null);
    }
}
