package dev.clipsift.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.engine.FilterMode;
import dev.clipsift.engine.FilterPolicy;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Scores;
import dev.clipsift.model.SourceRef;
import dev.clipsift.model.Span;
import dev.clipsift.model.Status;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The quality section, its filter and its command-line options, without a run. */
class QualityFamilyTest {
    final QualityFamily family = new QualityFamily();

    static QualityConfig read(String json) throws Exception {
        return Json.mapper()
                .readerFor(QualityConfig.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(json);
    }

    static ClipRecord scored(double quality) {
        ClipRecord r = ClipRecord.of("c", new SourceRef("a.mp4", "v", 64, 36, 25.0), Span.ofFrames(0, 49, 25), null);
        return r.withScores(Scores.NONE.with("quality", quality));
    }

    @Test
    void scoresByDefaultAndIsOffWhenDisabled() throws Exception {
        QualityConfig d = family.defaults();
        assertThat(d.filter()).isEqualTo(FilterMode.SCORE_ONLY);
        assertThat(d.threshold()).isEqualTo(3.5);
        assertThat(family.stages(d)).hasSize(1);
        assertThat(family.filters(d)).singleElement().satisfies(f -> assertThat(f.mode())
                .isEqualTo(FilterMode.SCORE_ONLY));

        QualityConfig off = read("{\"filter\": \"disable\"}");
        assertThat(family.stages(off)).isEmpty();
        assertThat(family.filters(off)).isEmpty();
        assertThat(read("{\"filter\": \"enable\", \"threshold\": 6, \"max_frames\": 4}"))
                .isEqualTo(new QualityConfig(FilterMode.ENABLE, 6.0, 1.0, 512, 4));
        assertThatThrownBy(() -> read("{\"threshold\": 11}")).hasMessageContaining("between 0 and 10");
        assertThatThrownBy(() -> read("{\"treshold\": 4}")).hasMessageContaining("treshold");
    }

    @Test
    void anEnabledFilterRejectsClipsBelowTheThresholdAndAThresholdNeverChangesTheFingerprint() {
        QualityConfig enabled = QualityConfig.defaults().withFilter(FilterMode.ENABLE, 5.0);
        FilterPolicy policy = new FilterPolicy(family.filters(enabled));

        ClipRecord low = policy.apply(scored(4.2), null);
        assertThat(low.status().state()).isEqualTo(Status.State.FILTERED);
        assertThat(low.status().reasons()).containsExactly("quality 4.2 < 5");
        assertThat(policy.apply(scored(7.0), null).status()).isEqualTo(Status.OK);
        assertThat(new FilterPolicy(family.filters(QualityConfig.defaults()))
                        .apply(scored(0.5), null)
                        .status())
                .as("score-only rejects nothing")
                .isEqualTo(Status.OK);

        String fingerprint =
                ((QualityStage) family.stages(QualityConfig.defaults()).get(0)).fingerprint();
        assertThat(((QualityStage) family.stages(enabled).get(0)).fingerprint()).isEqualTo(fingerprint);
        assertThat(((QualityStage) family.stages(new QualityConfig(null, null, 2.0, null, null))
                                .get(0))
                        .fingerprint())
                .as("the frame rate changes the scores")
                .isNotEqualTo(fingerprint);
    }

    @Test
    void theOptionsLayOnlyWhatWasGivenOverTheSection() throws Exception {
        ObjectNode section = Json.mapper().createObjectNode().put("max_frames", 4);
        QualityFamily.Options options = (QualityFamily.Options) family.options();
        new CommandLine(options).parseArgs("--quality-filter", "enable", "--quality-threshold", "6.5");
        options.applyTo(section);
        assertThat(read(section.toString())).isEqualTo(new QualityConfig(FilterMode.ENABLE, 6.5, 1.0, 512, 4));

        ObjectNode untouched = Json.mapper().createObjectNode().put("threshold", 2.0);
        family.options().applyTo(untouched);
        assertThat(untouched.toString()).isEqualTo("{\"threshold\":2.0}");

        QualityFamily.Options bad = (QualityFamily.Options) family.options();
        assertThatThrownBy(() -> new CommandLine(bad).parseArgs("--quality-filter", "sometimes"))
                .as("a bad mode is refused on the command line")
                .hasMessageContaining("'sometimes' is not a filter mode");
        assertThatThrownBy(() -> read("{\"filter\": \"sometimes\"}"))
                .as("and in a config file")
                .hasMessageContaining("'sometimes' is not a filter mode");
    }
}
