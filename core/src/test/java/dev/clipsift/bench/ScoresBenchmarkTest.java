package dev.clipsift.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.engine.DefaultFamilies;
import dev.clipsift.engine.FamilyRegistry;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunSummary;
import dev.clipsift.split.SplitConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorers' benchmark runs the same run twice, without any scorer and with the defaults, on one decode each. */
class ScoresBenchmarkTest {
    @TempDir
    Path tmp;

    @Test
    void theUnscoredSideRunsNoScorerAndBothSidesDecodeTheSameFrames() throws Exception {
        Files.copy(TestData.video("bigbuckbunny.mp4"), tmp.resolve("b.mp4"));
        RunConfig config = new RunConfig(
                tmp.toString(), null, null, new SplitConfig("fixed-stride", Map.of("stride_s", 2.5)), null, null);

        ScoresBenchmark.Result r = ScoresBenchmark.run(config, FamilyRegistry.discover(), 2, 1);

        RunSummary off = r.off().get(0).summary();
        RunSummary on = r.on().get(0).summary();
        assertThat(off.session().scorers()).isEmpty();
        assertThat(off.session().stages())
                .extracting(RunSummary.StageStat::stage)
                .doesNotContainAnyElementsOf(DefaultFamilies.stageNames());
        assertThat(r.scorers())
                .extracting(RunSummary.ScorerStat::stage)
                .containsExactlyElementsOf(DefaultFamilies.stageNames());
        assertThat(r.scorers()).allSatisfy(s -> {
            assertThat(s.clips()).isEqualTo(on.clips());
            assertThat(s.frames()).isPositive();
        });
        assertThat(on.session().decodedFrames().clipSpans())
                .as("scorers read the transcode's frames: no extra decode")
                .isEqualTo(off.session().decodedFrames().clipSpans());
        assertThat(r.offS()).isPositive();
        assertThat(r.onS()).isPositive();
    }
}
