package dev.clipsift.split;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much each component counts in PySceneDetect's {@code content_val}: hue, saturation, luma (HSV value)
 * and edges, default 1, 1, 1, 0. {@code luma_only} means 0, 0, 1, 0 and wins over the weights.
 */
record ContentWeights(double hue, double sat, double lum, double edges) {
    static final ContentWeights DEFAULT = new ContentWeights(1, 1, 1, 0);
    static final ContentWeights LUMA_ONLY = new ContentWeights(0, 0, 1, 0);
    static final List<String> KEYS = List.of("delta_hue", "delta_sat", "delta_lum", "delta_edges", "luma_only");

    ContentWeights {
        if (Math.abs(hue) + Math.abs(sat) + Math.abs(lum) + Math.abs(edges) == 0) {
            throw new IllegalArgumentException(
                    "at least one of delta_hue, delta_sat, delta_lum, delta_edges must be non-zero");
        }
    }

    static ContentWeights from(SplitConfig config) {
        if (config.bool("luma_only", false)) {
            return LUMA_ONLY;
        }
        return new ContentWeights(
                config.number("delta_hue", DEFAULT.hue),
                config.number("delta_sat", DEFAULT.sat),
                config.number("delta_lum", DEFAULT.lum),
                config.number("delta_edges", DEFAULT.edges));
    }

    double sumOfMagnitudes() {
        return Math.abs(hue) + Math.abs(sat) + Math.abs(lum) + Math.abs(edges);
    }

    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("delta_hue", hue);
        m.put("delta_sat", sat);
        m.put("delta_lum", lum);
        m.put("delta_edges", edges);
        return m;
    }
}
