package dev.clipsift.motion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.engine.ClipFilter;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FamilyOptions;
import dev.clipsift.engine.FilterMode;
import dev.clipsift.engine.FilterModeConverter;
import dev.clipsift.engine.StageFamily;
import dev.clipsift.model.ClipRecord;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The motion family: its stage scores every clip's motion unless {@code filter} is {@code disable}; its filter
 * calls a clip low-motion when {@code motion_global_mean} or {@code motion_per_patch_min_256} is below its
 * threshold.
 */
public final class MotionFamily implements StageFamily<MotionConfig> {
    @Override
    public String section() {
        return "motion";
    }

    @Override
    public Class<MotionConfig> configType() {
        return MotionConfig.class;
    }

    @Override
    public MotionConfig defaults() {
        return MotionConfig.defaults();
    }

    @Override
    public List<ClipStage> stages(MotionConfig config) {
        return config.filter().scores() ? List.of(new MotionStage(config)) : List.of();
    }

    @Override
    public List<ClipFilter> filters(MotionConfig config) {
        if (!config.filter().scores()) {
            return List.of();
        }
        return List.of(new ClipFilter(section(), config.filter(), clip -> lowMotion(clip, config)));
    }

    /** Why {@code clip} is low-motion (empty when it is not), or null when it has no motion scores. */
    static @Nullable List<String> lowMotion(ClipRecord clip, MotionConfig config) {
        List<String> global = ClipFilter.below(clip, MotionStage.GLOBAL_MEAN, config.globalMeanThreshold());
        List<String> patch = ClipFilter.below(clip, MotionStage.PER_PATCH_MIN_256, config.perPatchMin256Threshold());
        if (global == null || patch == null) {
            return null;
        }
        List<String> reasons = new ArrayList<>(global);
        reasons.addAll(patch);
        return reasons;
    }

    @Override
    public FamilyOptions options() {
        return new Options();
    }

    /** {@code --motion-filter} and the two thresholds; what is not given leaves the section as it is. */
    static final class Options implements FamilyOptions {
        @Option(
                names = "--motion-filter",
                paramLabel = "MODE",
                converter = FilterModeConverter.class,
                description = "Motion scores: disable, score-only (default) or enable (reject low-motion clips).")
        @Nullable
        FilterMode filter;

        @Option(
                names = "--motion-global-mean-threshold",
                paramLabel = "X",
                description = "Low motion below this mean flow per frame, over (width + height) (default 0.00098).")
        @Nullable
        Double globalMeanThreshold;

        @Option(
                names = "--motion-per-patch-min-256-threshold",
                paramLabel = "X",
                description = "Low motion when some patch's mean flow is below this (default 0.000001).")
        @Nullable
        Double perPatchMin256Threshold;

        @Override
        public void applyTo(ObjectNode section) {
            if (filter != null) {
                section.put("filter", filter.text());
            }
            if (globalMeanThreshold != null) {
                section.put("global_mean_threshold", globalMeanThreshold);
            }
            if (perPatchMin256Threshold != null) {
                section.put("per_patch_min_256_threshold", perPatchMin256Threshold);
            }
        }
    }
}
