package dev.clipsift.ocr;

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
 * On-screen text (section {@code text}, score-only by default): PP-OCRv4 on a few frames of each clip, and a
 * filter that rejects clips with a persistent text overlay (cosmos-curate's artificial-text filter) and,
 * optionally, clips whose text covers too much of the picture.
 */
public final class TextFamily implements StageFamily<TextConfig> {
    @Override
    public String section() {
        return TextStage.NAME;
    }

    @Override
    public Class<TextConfig> configType() {
        return TextConfig.class;
    }

    @Override
    public TextConfig defaults() {
        return TextConfig.defaults();
    }

    @Override
    public List<ClipStage> stages(TextConfig config) {
        return config.filter().scores() ? List.of(new TextStage(config)) : List.of();
    }

    @Override
    public List<ClipFilter> filters(TextConfig config) {
        if (!config.filter().scores()) {
            return List.of();
        }
        return List.of(new ClipFilter(section(), config.filter(), clip -> reasons(clip, config.maxArea())));
    }

    /** Why {@code clip} is rejected: a persistent overlay, text over more than {@code maxArea}; null when unscored. */
    static @Nullable List<String> reasons(ClipRecord clip, double maxArea) {
        Double overlay = clip.scores() == null ? null : clip.scores().get("text_overlay");
        List<String> area = ClipFilter.above(clip, "text_area_fraction", maxArea);
        if (overlay == null || area == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (overlay > 0) {
            out.add("text_overlay 1: persistent on-screen text");
        }
        out.addAll(area);
        return out;
    }

    @Override
    public FamilyOptions options() {
        return new Options();
    }

    /** {@code --text-filter} and the thresholds of the {@code text} section. */
    static final class Options implements FamilyOptions {
        @Option(
                names = "--text-filter",
                paramLabel = "MODE",
                converter = FilterModeConverter.class,
                description = "On-screen text: disable, score-only (default) or enable (reject overlays).")
        @Nullable
        FilterMode filter;

        @Option(names = "--text-fps", paramLabel = "FPS", description = "Frames a second read for OCR (2).")
        @Nullable
        Double fps;

        @Option(names = "--text-max-side", paramLabel = "PX", description = "Longer side of the OCR frames (640).")
        @Nullable
        Integer maxSide;

        @Option(names = "--text-max-frames", paramLabel = "N", description = "Most frames read per clip (6).")
        @Nullable
        Integer maxFrames;

        @Option(
                names = "--text-min-frames",
                paramLabel = "N",
                description = "Sampled frames an overlay must be seen on (3).")
        @Nullable
        Integer minFrames;

        @Option(
                names = "--text-stability-iou",
                paramLabel = "IOU",
                description = "Mean box overlap between sightings for text to stay put (0.9).")
        @Nullable
        Double stabilityIou;

        @Option(
                names = "--text-corner-margin",
                paramLabel = "FRACTION",
                description = "Corner zones where 2 sightings make an overlay (0.1; 0 = off).")
        @Nullable
        Double cornerMargin;

        @Option(
                names = "--text-max-area",
                paramLabel = "FRACTION",
                description = "Reject clips whose text covers more of the picture (1 = off).")
        @Nullable
        Double maxArea;

        @Option(names = "--text-model-dir", paramLabel = "DIR", description = "Folder of the PP-OCRv4 ONNX files.")
        @Nullable
        String modelDir;

        @Override
        public void applyTo(ObjectNode section) {
            if (filter != null) {
                section.put("filter", filter.text());
            }
            if (fps != null) {
                section.put("fps", fps);
            }
            if (maxSide != null) {
                section.put("max_side", maxSide);
            }
            if (maxFrames != null) {
                section.put("max_frames", maxFrames);
            }
            if (minFrames != null) {
                section.put("min_frames", minFrames);
            }
            if (stabilityIou != null) {
                section.put("stability_iou", stabilityIou);
            }
            if (cornerMargin != null) {
                section.put("corner_margin", cornerMargin);
            }
            if (maxArea != null) {
                section.put("max_area", maxArea);
            }
            if (modelDir != null) {
                section.put("model_dir", modelDir);
            }
        }
    }
}
