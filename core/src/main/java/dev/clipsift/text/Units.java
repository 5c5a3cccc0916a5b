package dev.clipsift.text;

import java.util.Locale;

/** Quantities as people read them, shared by the CLI's tables and the workbench. */
public final class Units {
    private Units() {}

    /** Decimal byte sizes: "512 B", "1.1 MB". */
    public static String bytes(long bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = 0;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
