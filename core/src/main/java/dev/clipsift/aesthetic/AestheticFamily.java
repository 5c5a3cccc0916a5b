package dev.clipsift.aesthetic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.engine.ClipFilter;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FamilyOptions;
import dev.clipsift.engine.FilterMode;
import dev.clipsift.engine.FilterModeConverter;
import dev.clipsift.engine.StageFamily;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The aesthetic family (section {@code aesthetic}): scores clips with a user-supplied CLIP-style ONNX model
 * ({@link AestheticStage}) and, when enabled, filters out clips whose {@code aesthetic} is below the threshold.
 * Off until a model is given.
 */
public final class AestheticFamily implements StageFamily<AestheticConfig> {
    @Override
    public String section() {
        return "aesthetic";
    }

    @Override
    public Class<AestheticConfig> configType() {
        return AestheticConfig.class;
    }

    @Override
    public AestheticConfig defaults() {
        return AestheticConfig.defaults();
    }

    @Override
    public List<ClipStage> stages(AestheticConfig config) {
        return config.filter() == FilterMode.DISABLE ? List.of() : List.of(new AestheticStage(config));
    }

    @Override
    public List<ClipFilter> filters(AestheticConfig config) {
        if (config.filter() == FilterMode.DISABLE) {
            return List.of();
        }
        double min = config.threshold();
        return List.of(new ClipFilter(section(), config.filter(), clip -> ClipFilter.below(clip, "aesthetic", min)));
    }

    @Override
    public FamilyOptions options() {
        return new Options();
    }

    /** {@code --aesthetic-filter}, {@code -model}, {@code -head}, {@code -threshold}, {@code -reduction}. */
    static final class Options implements FamilyOptions {
        @Option(
                names = "--aesthetic-filter",
                paramLabel = "MODE",
                converter = FilterModeConverter.class,
                description = "Aesthetic score from --aesthetic-model: disable, score-only or enable (default "
                        + "disable; score-only when a model is given).")
        @Nullable
        FilterMode filter;

        @Option(
                names = "--aesthetic-model",
                paramLabel = "PATH",
                description = "ONNX model: images [N,3,224,224] (CLIP-normalised) to scores [N,1] or [N], or to "
                        + "embeddings [N,D] with --aesthetic-head.")
        @Nullable
        String model;

        @Option(
                names = "--aesthetic-head",
                paramLabel = "PATH",
                description = "ONNX head: L2-normalised embeddings [N,D] to scores (the LAION predictor's MLP).")
        @Nullable
        String head;

        @Option(
                names = "--aesthetic-threshold",
                paramLabel = "SCORE",
                description = "Least aesthetic score an enabled filter keeps (default 3.5, LAION 1-10 scale).")
        @Nullable
        Double threshold;

        @Option(
                names = "--aesthetic-reduction",
                paramLabel = "min|mean",
                description = "A clip's score from its frames' (1 fps): min (default) or mean.")
        @Nullable
        String reduction;

        @Override
        public void applyTo(ObjectNode section) {
            if (filter != null) {
                section.put("filter", filter.text());
            } else if (model != null && "disable".equals(section.path("filter").asText())) {
                section.put("filter", "score-only");
            }
            if (model != null) {
                section.put("model", model);
            }
            if (head != null) {
                section.put("head", head);
            }
            if (threshold != null) {
                section.put("threshold", threshold);
            }
            if (reduction != null) {
                section.put("reduction", reduction);
            }
        }
    }
}
