package dev.clipsift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MachineFaultTest {
    @Test
    void javasOwnNoSpaceAndIoErrorsAreFaultsAndAnInputsErrorIsNot() throws IOException {
        assertThat(MachineFault.of(new IOException("x", new IOException("No space left on device")), "d")
                        .kind())
                .isEqualTo(MachineFault.Kind.NO_SPACE);
        assertThat(MachineFault.of(new IOException("read failed: Input/output error"), "d")
                        .kind())
                .isEqualTo(MachineFault.Kind.IO_ERROR);
        assertThat(MachineFault.of(new IOException("cannot open: Invalid data found when processing input"), "d"))
                .isNull();
        assertThat(MachineFault.of(new IOException("error -53 in a codec"), "d"))
                .isNull();
        assertThat(MachineFault.of(
                                new IOException(
                                        "av_interleaved_write_frame() error -28 while writing interleaved video packet."),
                                "d")
                        .getMessage())
                .isEqualTo("no space left on device at d");
        Path dir = Files.createTempDirectory("fault");
        assertThatThrownBy(() -> Files.writeString(Path.of("/dev/full"), "x".repeat(10_000)))
                .satisfies(e ->
                        assertThat(MachineFault.of(e, dir.toString()).kind()).isEqualTo(MachineFault.Kind.NO_SPACE));
        Files.delete(dir);
    }

    @Test
    void ffmpegsAdviceToDevelopersNeverReachesAMessage() {
        assertThat(OneLine.of("av_interleaved_write_frame() error -28 while writing interleaved video packet. "
                        + "(For more details, make sure FFmpegLogCallback.set() has been called.)"))
                .isEqualTo("av_interleaved_write_frame() error -28 while writing interleaved video packet.");
    }
}
