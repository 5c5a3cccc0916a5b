package dev.clipsift.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.split.ShotSplitters;
import dev.clipsift.split.SplitConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SplitBenchmarkTest {

    @Test
    void reportsTheSplitItTimedAndEachReferenceSideOrWhyItWasSkipped() throws Exception {
        SplitBenchmark.Result r = SplitBenchmark.run(TestData.video("bikes.mp4"),
                ShotSplitters.create(new SplitConfig("content", Map.of())), 2, 1);
        assertThat(r.frames()).isEqualTo(250);
        assertThat(r.cuts()).containsExactly(30, 76, 137, 187, 242);
        assertThat(r.clipsift().seconds()).isPositive();
        assertThat(r.clipsift().framesPerS(r.frames())).isPositive();
        if (ExternalTool.find("ffmpeg").isPresent()) {
            assertThat(r.ffmpeg().seconds()).isPositive();
            assertThat(r.ratioToDecode()).isPositive();
            assertThat(r.ffmpeg().note()).contains("-threads 2", "-f null");
        } else {
            assertThat(r.ffmpeg().seconds()).isNull();
            assertThat(r.ratioToDecode()).isNaN();
            assertThat(r.ffmpeg().note()).contains("not installed");
        }
        if (r.pyscenedetect().seconds() == null) {
            assertThat(r.pyscenedetect().note()).contains("skipped");
            assertThat(r.ratioToPySceneDetect()).isNaN();
        }
    }

    @Test
    void fixedStrideHasNoPySceneDetectCounterpart() throws Exception {
        SplitBenchmark.Result r = SplitBenchmark.run(TestData.video("bikes.mp4"),
                ShotSplitters.create(new SplitConfig("fixed-stride", Map.of("stride_s", 4))), 1, 1);
        assertThat(r.cuts()).containsExactly(100, 200);
        assertThat(r.pyscenedetect().note()).contains("no fixed-stride detector");
    }
}
