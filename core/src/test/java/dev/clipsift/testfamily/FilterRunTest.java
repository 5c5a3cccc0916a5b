package dev.clipsift.testfamily;

import static dev.clipsift.testfamily.FamilyRunTest.clips;
import static dev.clipsift.testfamily.FamilyRunTest.run;
import static dev.clipsift.testfamily.FamilyRunTest.shots;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.engine.FamilyRegistry;
import dev.clipsift.engine.FilterMode;
import dev.clipsift.engine.FilterTally;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Status;
import dev.clipsift.run.Refilter;
import dev.clipsift.run.Rescore;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunFolder;
import dev.clipsift.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filtering as a policy, through a real run of bikes.mp4 with the test family: scorers write numbers, the
 * run's filters mark clips (never drop them), {@code Refilter} re-applies new thresholds from the records alone
 * and {@code Rescore} makes the next session redo a stage that already ran.
 */
class FilterRunTest {
    @TempDir
    Path tmp;

    RunConfig brightness(FilterMode mode, double min) throws IOException {
        return shots(input()).withFamily("brightness", new BrightnessConfig(true, 2.0, 64, mode, min));
    }

    @Test
    void anEnabledFilterMarksClipsAndTheSummaryCountsThemAndNewThresholdsApplyWithoutDecoding() throws Exception {
        Path out = tmp.resolve("run");
        RunSummary s = run(out, brightness(FilterMode.ENABLE, 300));

        assertThat(clips(out)).hasSize(5).allSatisfy(c -> {
            assertThat(c.status().state()).isEqualTo(Status.State.FILTERED);
            assertThat(c.status().reasons())
                    .singleElement()
                    .asString()
                    .startsWith("brightness_mean ")
                    .endsWith(" < 300");
            assertThat(new RunFolder(out).clipVideo(c.id())).exists();
        });
        assertThat(s.clipsFiltered()).isEqualTo(5);
        assertThat(s.filters()).containsEntry("brightness", new FilterTally.Counts("enable", 5, 0, 5, 0));
        assertThat(new RunFolder(out).readVideoRecords().get(0).clips().filtered())
                .isEqualTo(5);
        assertThat(s.session().scorers())
                .filteredOn(st -> st.stage().equals("brightness"))
                .singleElement()
                .satisfies(st -> {
                    assertThat(st.clips()).isEqualTo(5);
                    assertThat(st.frames())
                            .isEqualTo(clips(out).stream()
                                    .mapToLong(c -> (long) FamilyRunTest.sampled(c, 2))
                                    .sum());
                });

        double darkest = clips(out).stream()
                .mapToDouble(c -> c.scores().get("brightness_mean"))
                .min()
                .orElseThrow();
        Refilter.Report r = Refilter.apply(out, brightness(FilterMode.ENABLE, darkest + 0.001), registry());

        assertThat(r.changed())
                .as("four pass now, the darkest has a new reason")
                .isEqualTo(5);
        assertThat(clips(out))
                .filteredOn(c -> c.status().state() == Status.State.FILTERED)
                .singleElement()
                .satisfies(c -> assertThat(c.scores().get("brightness_mean")).isEqualTo(darkest));
        RunSummary after = Json.read(out.resolve("summary.json"), RunSummary.class);
        assertThat(after.clipsFiltered()).isEqualTo(1);
        assertThat(after.filters()).containsEntry("brightness", new FilterTally.Counts("enable", 5, 4, 1, 0));
        assertThat(Refilter.saved(out, registry()).families().get("brightness"))
                .isEqualTo(new BrightnessConfig(true, 2.0, 64, FilterMode.ENABLE, darkest + 0.001));

        Refilter.apply(out, brightness(FilterMode.SCORE_ONLY, darkest + 0.001), registry());
        assertThat(clips(out)).allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.OK));
    }

    @Test
    void settingsThatChangeHowClipsAreScoredAreRefusedByFilter() throws Exception {
        Path out = tmp.resolve("run");
        run(out, brightness(FilterMode.SCORE_ONLY, 0));
        List<ClipRecord> before = clips(out);

        RunConfig otherRate = shots(input()).withFamily("brightness", new BrightnessConfig(true, 1.0, 64));

        assertThatThrownBy(() -> Refilter.apply(out, otherRate, registry()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clipsift score");
        assertThat(clips(out)).isEqualTo(before);
    }

    @Test
    void aForgottenStageIsRedoneAloneByTheNextSession() throws Exception {
        Path out = tmp.resolve("run");
        run(out, brightness(FilterMode.SCORE_ONLY, 0));
        Object inode = FamilyRunTest.clipFiles(out);

        assertThat(Rescore.forget(out, List.of("brightness"))).isEqualTo(5);
        assertThat(clips(out)).allSatisfy(c -> assertThat(c.stages()).doesNotContainKey("brightness"));
        RunSummary again = run(out, brightness(FilterMode.SCORE_ONLY, 0));

        assertThat(again.session().decodedFrames().split()).isZero();
        assertThat(FamilyRunTest.clipFiles(out)).isEqualTo(inode);
        assertThat(again.session().scorers())
                .allSatisfy(st -> assertThat(st.clips()).isEqualTo(st.stage().equals("brightness") ? 5 : 0));
        assertThat(clips(out)).allSatisfy(c -> assertThat(c.stages()).containsKey("brightness"));
    }

    private Path input() throws IOException {
        Path in = tmp.resolve("in");
        return Files.isDirectory(in) ? in : FamilyRunTest.bikesIn(tmp);
    }

    static FamilyRegistry registry() {
        return FamilyRegistry.discover();
    }
}
