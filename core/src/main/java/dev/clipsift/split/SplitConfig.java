package dev.clipsift.split;

import java.util.Map;

/**
 * Which splitter to use and its parameters, as in a run config ({@code "splitting": {"algorithm": "content",
 * "params": {"threshold": 27}}}). Unknown parameter names are an error, so typos never pass silently.
 */
public record SplitConfig(String algorithm, Map<String, Object> params) {
    public SplitConfig {
        algorithm = algorithm == null ? "content" : algorithm;
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public double number(String key, double fallback) {
        Object v = params.get(key);
        return v instanceof Number n ? n.doubleValue() : v instanceof String s ? Double.parseDouble(s) : fallback;
    }
}
