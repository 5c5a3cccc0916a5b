package dev.clipsift.split;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which splitter to use and its parameters, as in a run config ({@code "splitting": {"algorithm": "content",
 * "params": {"threshold": 27}}}). Unknown parameter names are an error, so typos never pass silently.
 * Values may be JSON numbers/booleans or the strings a command line gives ({@code "27"}, {@code "true"}).
 */
public record SplitConfig(String algorithm, Map<String, Object> params) {
    public SplitConfig {
        algorithm = algorithm == null ? "content" : algorithm;
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** Rejects any parameter whose name is not in {@code known}, naming the known ones. */
    public void requireKnown(Collection<String> known) {
        TreeSet<String> unknown = new TreeSet<>(params.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "unknown parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown) + " for "
                            + algorithm + "; known: " + String.join(", ", new TreeSet<>(known)));
        }
    }

    public double number(String key, double fallback) {
        Object v = params.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not '" + v + "'");
        }
    }

    public int integer(String key, int fallback) {
        double d = number(key, fallback);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + params.get(key) + "'");
        }
        return (int) d;
    }

    public boolean bool(String key, boolean fallback) {
        Object v = params.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        return switch (v.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, not '" + v + "'");
        };
    }

    /** A word from {@code choices} (case-insensitive), returned in lower case. */
    public String choice(String key, List<String> choices, String fallback) {
        Object v = params.get(key);
        if (v == null) {
            return fallback;
        }
        String s = v.toString().trim().toLowerCase(Locale.ROOT);
        if (!choices.contains(s)) {
            throw new IllegalArgumentException(key + " must be one of " + choices + ", not '" + v + "'");
        }
        return s;
    }

    /** The raw value, or null when absent. */
    public Object raw(String key) {
        return params.get(key);
    }
}
