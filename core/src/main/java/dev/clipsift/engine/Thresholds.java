package dev.clipsift.engine;

import java.util.Locale;

/** How scores and thresholds are written in filter reasons: four significant digits, no exponent for everyday values. */
final class Thresholds {
    private Thresholds() {}

    static String format(double v) {
        if (v == 0 || (Math.abs(v) >= 1e-4 && Math.abs(v) < 1e6)) {
            return String.format(Locale.ROOT, "%.4g", v)
                    .replaceAll("(\\.\\d*?)0+$", "$1")
                    .replaceAll("\\.$", "");
        }
        return String.format(Locale.ROOT, "%.3e", v);
    }
}
