package dev.clipsift.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Error maps ({@code stage.reason} -> one-line message) as records keep them: sorted, unmodifiable, never null. */
public final class Errors {
    private Errors() {}

    public static Map<String, String> copy(Map<String, String> errors) {
        return errors == null || errors.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(errors));
    }

    public static Map<String, String> with(Map<String, String> errors, String key, String message) {
        Map<String, String> m = new TreeMap<>(errors);
        m.put(key, message);
        return Collections.unmodifiableMap(m);
    }
}
