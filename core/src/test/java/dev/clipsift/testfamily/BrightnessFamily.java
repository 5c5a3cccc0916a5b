package dev.clipsift.testfamily;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FamilyOptions;
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
    public List<ClipStage> stages(BrightnessConfig config) {
        return config.enabled() ? List.of(new BrightnessStage(config)) : List.of();
    }

    @Override
    public FamilyOptions options() {
        return new Options();
    }

    /** {@code --brightness} and {@code --brightness-fps}. */
    static final class Options implements FamilyOptions {
        @Option(names = "--brightness", description = "Score each clip's mean brightness (a test family).")
        boolean enabled;

        @Option(names = "--brightness-fps", paramLabel = "FPS", description = "Frames per second it reads.")
        Double fps;

        @Override
        public void applyTo(ObjectNode section) {
            if (enabled) {
                section.put("enabled", true);
            }
            if (fps != null) {
                section.put("fps", fps);
            }
        }
    }
}
