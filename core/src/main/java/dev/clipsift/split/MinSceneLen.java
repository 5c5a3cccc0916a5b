package dev.clipsift.split;

import java.util.Locale;

/**
 * PySceneDetect's {@code min_scene_len}: a whole number is frames ({@code 15}); a fractional number or a
 * string ending in {@code s} is seconds ({@code 0.6}, {@code "2s"}). Seconds become frames once the frame
 * rate is known: the smallest frame distance that spans at least that long.
 */
record MinSceneLen(Integer frames, Double seconds) {
    static final String KEY = "min_scene_len";

    MinSceneLen {
        if ((frames == null) == (seconds == null)) {
            throw new IllegalArgumentException("min_scene_len is frames or seconds");
        }
        if ((frames != null && frames < 0) || (seconds != null && !(seconds >= 0))) {
            throw new IllegalArgumentException("min_scene_len must be 0 or more");
        }
    }

    static MinSceneLen from(SplitConfig config, int fallbackFrames) {
        Object v = config.raw(KEY);
        if (v == null) {
            return new MinSceneLen(fallbackFrames, null);
        }
        String s = v.toString().trim().toLowerCase(Locale.ROOT);
        try {
            if (s.endsWith("s")) {
                return new MinSceneLen(
                        null, Double.parseDouble(s.substring(0, s.length() - 1).trim()));
            }
            double d = Double.parseDouble(s);
            return d == Math.rint(d) ? new MinSceneLen((int) d, null) : new MinSceneLen(null, d);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("min_scene_len must be frames (15) or seconds (0.6s), not '" + v + "'");
        }
    }

    int inFrames(double fps) {
        if (frames != null) {
            return frames;
        }
        return (int) Math.ceil(seconds * fps - 1e-9);
    }

    Object describe() {
        return frames != null ? (Object) frames : seconds + "s";
    }
}
