package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestVideos;
import dev.clipsift.bench.InstantVlmServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A real run to test what follows captioning on: one generated 320x180 video in 2-second clips, captioned. */
final class CaptionedRun {
    private CaptionedRun() {}

    /**
     * Runs {@code DIR/in/wide.mp4} ({@code frames} frames at 25 fps) into {@code DIR/out} with captions from
     * {@code server} and {@code more} flags; returns the run folder.
     */
    static Path of(Path dir, int frames, InstantVlmServer server, String... more) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        TestVideos.mp4(in.resolve("wide.mp4"), 320, 180, 25, frames);
        Path out = dir.resolve("out");
        List<String> flags = new ArrayList<>(List.of(
                "--clip-crop-s",
                "0",
                "--captioning-endpoint",
                server.endpoint(),
                "--captioning-model",
                InstantVlmServer.MODEL));
        flags.addAll(List.of(more));
        CliRun run = CliRun.runInTwoSecondClips(in, out, flags.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }
}
