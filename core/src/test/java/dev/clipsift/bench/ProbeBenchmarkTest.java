package dev.clipsift.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeBenchmarkTest {
    @Test
    void timesEachSideSteadyAndAsWholeProcesses() throws Exception {
        ProbeBenchmark.Result r = ProbeBenchmark.run(
                List.of(
                        TestData.video("bikes.mp4"),
                        TestData.video("fades.mp4"),
                        TestData.video("carphone_distorted.mp4")),
                2);
        assertThat(r.files()).isEqualTo(3);
        assertThat(r.coldS()).isPositive();
        assertThat(r.warmS()).isPositive();
        assertThat(r.coldWholeS())
                .as("a fresh JVM also starts and loads FFmpeg")
                .isGreaterThan(r.coldS());
        assertThat(r.warmWholeS()).isGreaterThan(r.warmS());
        if (ExternalTool.find("ffprobe").isPresent()) {
            assertThat(r.ffprobeStartupS()).isPositive();
            assertThat(r.ffprobeSteadyS()).isEqualTo(r.ffprobeS() - r.ffprobeStartupS());
            assertThat(r.ffprobeNote()).contains("-version");
        } else {
            assertThat(r.ffprobeS()).isNull();
            assertThat(r.ffprobeNote()).contains("not installed");
        }
    }
}
