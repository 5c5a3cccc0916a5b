package dev.clipsift.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SkipReasonTest {
    @Test
    void javacvOpenErrorsBecomeFfmpegsOwnWords() {
        Path file = Path.of("/videos/b.mp4");
        IOException e = new IOException(
                "cannot decode /videos/b.mp4: avformat_open_input() error -1094995529: Could not open input "
                        + "\"/videos/b.mp4\". (Has setFormat() been called?) (For more details, make sure FFmpegLogCallback.set() has been called.)");
        assertThat(SkipReason.of(file, e)).isEqualTo("avformat_open_input(): Invalid data found when processing input");
    }

    @Test
    void otherMessagesLoseOnlyTheRepeatedFileName() {
        Path file = Path.of("/videos/b.mp4");
        assertThat(SkipReason.of(
                        file, new IOException("cannot decode /videos/b.mp4: no video stream in /videos/b.mp4")))
                .isEqualTo("no video stream in /videos/b.mp4");
        assertThat(SkipReason.of(file, new IOException("no video frames"))).isEqualTo("no video frames");
    }
}
