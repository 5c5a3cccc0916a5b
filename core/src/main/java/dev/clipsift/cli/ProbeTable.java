package dev.clipsift.cli;

import dev.clipsift.probe.VideoRecord;
import java.util.Locale;

/** The human-readable table of {@code clipsift probe}. */
final class ProbeTable {
    private ProbeTable() {}

    private static final String FMT = "%-40s %-9s %-8s %-11s %8s %9s %7s %9s %-12s%n";

    static String header() {
        return String.format(
                Locale.ROOT, FMT, "FILE", "CONTAINER", "CODEC", "SIZE", "FPS", "DURATION", "FRAMES", "BYTES", "AUDIO");
    }

    static String row(VideoRecord r) {
        String name = ellipsize(r.path(), 40);
        if (!r.ok()) {
            return String.format(Locale.ROOT, "%-40s ERROR: %s%n", name, r.error());
        }
        String frames = r.frames() == null ? "?" : (r.framesExact() ? "" : "~") + r.frames();
        String audio = r.audioCodec() == null ? "none" : r.audioCodec() + " " + r.audioChannels() + "ch";
        return String.format(
                Locale.ROOT,
                FMT,
                name,
                r.container(),
                r.codec(),
                r.width() + "x" + r.height() + (r.rotation() != null && r.rotation() != 0 ? " r" + r.rotation() : ""),
                r.fps() == null ? "?" : String.format(Locale.ROOT, "%.3f", r.fps()),
                r.durationS() == null ? "?" : String.format(Locale.ROOT, "%.2fs", r.durationS()),
                frames,
                humanBytes(r.sizeBytes()),
                audio);
    }

    static String humanBytes(Long bytes) {
        return bytes == null ? "?" : dev.clipsift.text.Units.bytes(bytes);
    }

    private static String ellipsize(String s, int max) {
        return s.length() <= max ? s : "..." + s.substring(s.length() - (max - 3));
    }
}
