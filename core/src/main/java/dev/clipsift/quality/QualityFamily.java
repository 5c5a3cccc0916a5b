package dev.clipsift.quality;

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
 * The quality family (section {@code quality}): scores every clip's technical quality ({@link QualityStage})
 * and, when enabled, filters out clips whose {@code quality} is below the threshold. Scores by default.
 */
public final class QualityFamily implements StageFamily<QualityConfig> {
    @Override
    public String section() {
        return "quality";
    }

    @Override
    public Class<QualityConfig> configType() {
        return QualityConfig.class;
    }

    @Override
    public QualityConfig defaults() {
        return QualityConfig.defaults();
    }

    @Override
    public List<ClipStage> stages(QualityConfig config) {
        return config.filter() == FilterMode.DISABLE ? List.of() : List.of(new QualityStage(config));
    }

    @Override
    public List<ClipFilter> filters(QualityConfig config) {
        if (config.filter() == FilterMode.DISABLE) {
            return List.of();
        }
        double min = config.threshold();
        return List.of(new ClipFilter(section(), config.filter(), clip -> ClipFilter.below(clip, "quality", min)));
    }

    @Override
    public FamilyOptions options() {
        return new Options();
    }

    /** {@code --quality-filter} and {@code --quality-threshold}. */
    static final class Options implements FamilyOptions {
        @Option(
                names = "--quality-filter",
                paramLabel = "MODE",
                converter = FilterModeConverter.class,
                description = "Technical quality (BRISQUE, sharpness, exposure, contrast, colour, blockiness): "
                        + "disable, score-only or enable (default score-only).")
        @Nullable
        FilterMode filter;

        @Option(
                names = "--quality-threshold",
                paramLabel = "Q",
                description = "Least quality score (0-10) an enabled quality filter keeps (default 3.5).")
        @Nullable
        Double threshold;

        @Override
        public void applyTo(ObjectNode section) {
            if (filter != null) {
                section.put("filter", filter.text());
            }
            if (threshold != null) {
                section.put("threshold", threshold);
            }
        }
    }
}
