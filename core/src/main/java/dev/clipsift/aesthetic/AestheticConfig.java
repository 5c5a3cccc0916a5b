package dev.clipsift.aesthetic;

import dev.clipsift.engine.FilterMode;
import org.jspecify.annotations.Nullable;

/**
 * The {@code aesthetic} section: the filter mode ({@code disable} unless a model is set, then {@code score-only}
 * unless told otherwise), the ONNX {@code model} (an image tensor [N,3,224,224] in CLIP's normalisation to a
 * score [N,1] or [N]; or, with {@code head}, to an embedding [N,D] that the {@code head} file maps to the
 * score), the least {@code aesthetic} an enabled filter keeps ({@code threshold}, 3.5 on the LAION 1-10 scale),
 * the {@code reduction} of frame scores ({@code min}) and the frame rate ({@code fps}, 1).
 */
public record AestheticConfig(
        FilterMode filter,
        @Nullable String model,
        @Nullable String head,
        Double threshold,
        Reduction reduction,
        Double fps) {
    public static final double DEFAULT_THRESHOLD = 3.5;

    public AestheticConfig {
        filter = filter != null ? filter : model != null ? FilterMode.SCORE_ONLY : FilterMode.DISABLE;
        threshold = threshold == null ? DEFAULT_THRESHOLD : threshold;
        reduction = reduction == null ? Reduction.MIN : reduction;
        fps = fps == null ? 1.0 : fps;
        if (filter != FilterMode.DISABLE && (model == null || model.isBlank())) {
            throw new IllegalArgumentException("aesthetic.filter " + filter
                    + " needs aesthetic.model (--aesthetic-model PATH): an ONNX image model, as no such model"
                    + " ships with ClipSift");
        }
        if (head != null && model == null) {
            throw new IllegalArgumentException("aesthetic.head is set without aesthetic.model (the image encoder)");
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("aesthetic.threshold must be a number, got " + threshold);
        }
        if (!(fps > 0)) {
            throw new IllegalArgumentException("aesthetic.fps must be positive, got " + fps);
        }
    }

    /** Off: no model. */
    public static AestheticConfig defaults() {
        return new AestheticConfig(null, null, null, null, null, null);
    }
}
