package dev.clipsift.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.bench.InstantVlmServer;
import dev.clipsift.cli.CliRun;
import dev.clipsift.transcode.BarVideos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real run for the review tests: two of the shipped sample clips ({@code assets/samples}) and a generated
 * letterboxed video cut into 2-second clips, scored (quality, motion: score only), embedded (the built-in descriptor) and captioned by a loopback
 * server that speaks the OpenAI chat protocol ({@link InstantVlmServer}: every caption "A caption.").
 */
final class ReviewRunFixture {
    static final List<String> SAMPLES = List.of("bikes.mp4", "carphone_pristine.mp4");
    /** A generated 2 s, 320x240 video whose 320x180 picture is letterboxed: its clip's crop cuts the bars. */
    static final String LETTERBOXED = "letterboxed.mp4";

    private ReviewRunFixture() {}

    /** The shipped samples folder, found from the working directory up. */
    static Path samples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("assets/samples");
            if (Files.isRegularFile(candidate.resolve(SAMPLES.get(0)))) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "assets/samples not found above " + Path.of("").toAbsolutePath());
    }

    /** Makes the run in {@code work}/run and returns its folder. */
    static Path make(Path work, InstantVlmServer server) throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        for (String s : SAMPLES) {
            Files.copy(samples().resolve(s), in.resolve(s));
        }
        BarVideos.write(in.resolve(LETTERBOXED), 320, 240, 50, i -> new BarVideos.Window(0, 30, 320, 180));
        Path out = work.resolve("run");
        CliRun run = CliRun.runInTwoSecondClips(
                in,
                out,
                "--quality-filter",
                "score-only",
                "--motion-filter",
                "score-only",
                "--embeddings",
                "--captioning-endpoint",
                server.endpoint(),
                "--captioning-model",
                InstantVlmServer.MODEL);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }
}
