package dev.clipsift.app.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings a new run starts with, as the run command's options ({@code --captioning-endpoint URL}, ...): the
 * launcher fills its form with them and the user may change them there. An option whose environment variable is
 * set ({@code CLIPSIFT_GPUS}, {@code CLIPSIFT_CACHE}) is left out, so the variable keeps deciding.
 */
public final class RunDefaults {
    private RunDefaults() {}

    /** Option name to value, for the options {@code settings} sets; {@code env} is the process environment. */
    public static Map<String, String> options(Settings settings, Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "--captioning-endpoint", settings.captioning().endpoint());
        put(out, "--captioning-model", settings.captioning().model());
        put(out, "--threads", settings.threads());
        if (!set(env, "CLIPSIFT_GPUS")) {
            put(out, "--gpus", settings.gpus());
        }
        if (!set(env, "CLIPSIFT_CACHE")) {
            put(out, "--cache-dir", settings.cacheDir());
        }
        return out;
    }

    private static boolean set(Map<String, String> env, String name) {
        String v = env.get(name);
        return v != null && !v.isBlank();
    }

    private static void put(Map<String, String> out, String option, Object value) {
        if (value != null) {
            out.put(option, value.toString());
        }
    }
}
