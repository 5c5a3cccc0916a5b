package dev.clipsift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpusTest {
    @TempDir
    Path driver;

    @Test
    void theDriversGpuListCountsWithinCudaVisibleDevices() throws Exception {
        Files.createDirectories(driver.resolve("0000:01:00.0"));
        Files.createDirectories(driver.resolve("0000:02:00.0"));

        assertThat(Gpus.detect(driver, null)).isEqualTo(2);
        assertThat(Gpus.detect(driver, "1")).isEqualTo(1);
        assertThat(Gpus.detect(driver, "0,1,2")).isEqualTo(2);
        assertThat(Gpus.detect(driver, "")).isZero();
        assertThat(Gpus.detect(driver, "-1")).isZero();
        assertThat(Gpus.detect(driver.resolve("missing"), null))
                .as("no NVIDIA driver")
                .isZero();
    }

    @Test
    void assignedGpusAreTheirOwnOrdinalsOrTheirPlacesInCudaVisibleDevices() {
        assertThat(Gpus.assigned(new String[] {"2", "3"}, null)).containsExactly(2, 3);
        assertThat(Gpus.assigned(new String[] {"3", "2"}, "2, 3")).containsExactly(1, 0);
        assertThat(Gpus.assigned(new String[] {"GPU-b"}, "GPU-a,GPU-b")).containsExactly(1);
        assertThatThrownBy(() -> Gpus.assigned(new String[] {"0"}, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GPU 0 was assigned, but CUDA_VISIBLE_DEVICES= does not show it");
        assertThatThrownBy(() -> Gpus.assigned(new String[] {"GPU-b"}, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'GPU-b' is no device index");
        assertThat(Gpus.first(3)).containsExactly(0, 1, 2);
    }

    @Test
    void aConfiguredCountWins() {
        assertThat(Gpus.count(3)).isEqualTo(3);
        assertThat(Gpus.count(0)).isZero();
        assertThatThrownBy(() -> Gpus.count(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
