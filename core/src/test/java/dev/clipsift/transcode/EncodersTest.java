package dev.clipsift.transcode;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import org.junit.jupiter.api.Test;

class EncodersTest {
    @Test
    void theDefaultEncoderIsInTheLgplBuildAndStarts() {
        assertThatCode(() -> Encoders.requireUsable("libopenh264")).doesNotThrowAnyException();
    }

    @Test
    void libx264OutsideTheGplBuildIsRefusedWithHowToGetIt() {
        assumeThat(Encoders.compiledIn("libx264")).as("GPL build (-Pgpl)").isFalse();
        assertThatThrownBy(() -> Encoders.requireUsable("libx264")).hasMessageContaining("mvn -Pgpl");
    }

    @Test
    void anUnknownEncoderNameIsRefusedByTheConfig() {
        assertThatThrownBy(() -> TranscodeConfig.defaults().withEncoder("h265_magic"))
                .hasMessageContaining("unknown encoder");
    }
}
