package dev.clipsift.testfamily;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.engine.ClipFilter;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FamilyOptions;
import dev.clipsift.engine.RunPass;
import dev.clipsift.engine.StageFamily;
import java.util.List;
import picocli.CommandLine.Option;

/** A stage family that lives only in the test sources, registered through META-INF/services like any other. */
public final class BrightnessFamily implements StageFamily<BrightnessConfig> {
    @Override
    public String section() {
        return "brightness";
    }

    @Override
    public Class<BrightnessConfig> configType() {
        return BrightnessConfig.class;
    }

    @Override
    public BrightnessConfig defaults() {
        return new BrightnessConfig(null, null, null);
    }

    @Override
    public List<RunPass> passes(BrightnessConfig config) {
        return config.enabled() && config.rank() ? List.of(new BrightnessRankPass()) : List.of();
    }

    @Override
    public List<ClipFilter> filters(BrightnessConfig config) {
        return config.enabled()
                ? List.of(new ClipFilter(
                        "brightness", config.filter(), c -> ClipFilter.below(c, "brightness_mean", config.min())))
                : List.of();
    }

    @Override
    public List<ClipStage> stages(BrightnessConfig config) {
        return config.enabled() ? List.of(new BrightnessStage(config)) : List.of();
    }

    @Override
    public FamilyOptions options() {
        return new Options();
    }

    /** {@code --brightness}, {@code --brightness-fps}, {@code --brightness-filter} and {@code --brightness-min}. */
    static final class Options implements FamilyOptions {
        @Option(names = "--brightness", description = "Score each clip's mean brightness (a test family).")
        boolean enabled;

        @Option(names = "--brightness-fps", paramLabel = "FPS", description = "Frames per second it reads.")
        Double fps;

        @Option(names = "--brightness-filter", paramLabel = "MODE", description = "disable, score-only or enable.")
        String filter;

        @Option(names = "--brightness-min", paramLabel = "V", description = "Least mean brightness a clip keeps.")
        Double min;

        @Override
        public void applyTo(ObjectNode section) {
            if (enabled) {
                section.put("enabled", true);
            }
            if (fps != null) {
                section.put("fps", fps);
            }
            if (filter != null) {
                section.put("filter", filter);
            }
            if (min != null) {
                section.put("min", min);
            }
        }
    }
}
