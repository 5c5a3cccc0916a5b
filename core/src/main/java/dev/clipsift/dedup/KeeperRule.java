package dev.clipsift.dedup;

import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.MediaInfo;
import java.util.Comparator;
import java.util.Locale;

/**
 * Which clip of a duplicate group is kept: the highest resolution (pixels of the clip file), then the highest
 * {@code quality} score (a clip without one comes after those with one), then the longest, then the lowest clip
 * id, so the choice is the same on every run.
 */
final class KeeperRule {
    static final String RULE = "highest resolution, then quality score, then longest, then lowest clip id";

    /** Best first. */
    static final Comparator<ClipRecord> BEST = Comparator.comparingLong(KeeperRule::pixels)
            .reversed()
            .thenComparing(Comparator.comparingDouble(KeeperRule::quality).reversed())
            .thenComparing(Comparator.comparingDouble(KeeperRule::duration).reversed())
            .thenComparing(ClipRecord::id);

    private KeeperRule() {}

    /** Why {@code kept} comes before {@code next}: the first criterion that tells them apart. */
    static String why(ClipRecord kept, ClipRecord next) {
        if (pixels(kept) != pixels(next)) {
            return "resolution " + size(kept) + " > " + size(next);
        }
        if (quality(kept) != quality(next)) {
            return String.format(Locale.ROOT, "quality %.2f > %s", quality(kept), qualityText(next));
        }
        if (duration(kept) != duration(next)) {
            return String.format(Locale.ROOT, "duration %.3f s > %.3f s", duration(kept), duration(next));
        }
        return "equal resolution, quality and duration: lowest clip id";
    }

    static long pixels(ClipRecord c) {
        MediaInfo m = c.media();
        return m == null || m.width() == null || m.height() == null ? 0 : (long) m.width() * m.height();
    }

    static double quality(ClipRecord c) {
        Double q = c.scores() == null ? null : c.scores().get("quality");
        return q == null ? Double.NEGATIVE_INFINITY : q;
    }

    static double duration(ClipRecord c) {
        return c.span().endS() - c.span().startS();
    }

    private static String size(ClipRecord c) {
        MediaInfo m = c.media();
        return m == null || m.width() == null ? "unknown" : m.width() + "x" + m.height();
    }

    private static String qualityText(ClipRecord c) {
        double q = quality(c);
        return q == Double.NEGATIVE_INFINITY ? "none" : String.format(Locale.ROOT, "%.2f", q);
    }
}
