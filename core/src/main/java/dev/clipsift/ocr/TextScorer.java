package dev.clipsift.ocr;

import ai.onnxruntime.OrtException;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.model.OnScreenText;
import dev.clipsift.model.TextRegion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The on-screen text of one clip from its sampled frames: boxes detected on each frame, the fraction of the
 * frame they cover (their union), tracks over frames ({@link TextTracks}), which of them are overlays
 * ({@link OverlayRule}), and the text of each track read once, from the frame where it was detected best. At
 * most {@link #MAX_REGIONS} regions are read and kept (overlays first, then the longest-lived and largest); boxes
 * the recogniser cannot read ({@link #readable}) are dropped, from the regions and from the area.
 */
final class TextScorer {
    static final int MAX_REGIONS = 32;
    static final double MIN_CONFIDENCE = 0.5;

    private final PaddleOcr ocr;
    private final OverlayRule rule;

    TextScorer(PaddleOcr ocr, OverlayRule rule) {
        this.ocr = ocr;
        this.rule = rule;
    }

    /** The text of {@code frames} (all one size), its regions in the pixels of a {@code clipW x clipH} clip. */
    OnScreenText score(List<FrameSample> frames, int clipW, int clipH) throws OrtException {
        if (frames.isEmpty()) {
            return new OnScreenText(0, false, 0, List.of());
        }
        int w = frames.get(0).width();
        int h = frames.get(0).height();
        List<List<TextBox>> boxes = new ArrayList<>();
        int[] numbers = new int[frames.size()];
        for (int i = 0; i < frames.size(); i++) {
            boxes.add(ocr.detect(frames.get(i)));
            numbers[i] = frames.get(i).frame();
        }
        List<TextTracks.Track> tracks = new ArrayList<>(TextTracks.match(boxes, numbers));
        Comparator<TextTracks.Track> order = Comparator.<TextTracks.Track>comparingInt(
                        t -> rule.overlay(t, frames.size(), w, h) ? 0 : 1)
                .thenComparingInt(t -> -t.seen().size())
                .thenComparingDouble(t -> -t.best().box().area());
        tracks.sort(order);
        double sx = clipW / (double) w;
        double sy = clipH / (double) h;
        List<TextRegion> regions = new ArrayList<>();
        List<List<TextBox>> kept = new ArrayList<>();
        frames.forEach(f -> kept.add(new ArrayList<>()));
        for (int i = 0; i < tracks.size(); i++) {
            TextTracks.Track t = tracks.get(i);
            if (i < MAX_REGIONS) {
                TextTracks.Seen best = t.best();
                TextBox b = best.box();
                CtcDecoder.Reading r = ocr.read(frames.get(best.sample()), b);
                if (!readable(r)) {
                    continue;
                }
                regions.add(new TextRegion(
                        r.text(),
                        r.confidence(),
                        (int) Math.round(b.x() * sx),
                        (int) Math.round(b.y() * sy),
                        (int) Math.round(b.w() * sx),
                        (int) Math.round(b.h() * sy),
                        t.seen().size(),
                        rule.overlay(t, frames.size(), w, h)));
            }
            t.seen().forEach(seen -> kept.get(seen.sample()).add(seen.box()));
        }
        double area = 0;
        for (List<TextBox> k : kept) {
            area += coverage(k, w, h);
        }
        boolean overlay = regions.stream().anyMatch(TextRegion::overlay);
        return new OnScreenText(area / frames.size(), overlay, frames.size(), regions);
    }

    /**
     * Whether the recogniser read text in a detected box: at least one letter or digit, read with confidence
     * {@link #MIN_CONFIDENCE} or more. Boxes it cannot read (textures, a lone symbol) are the detector's false
     * alarms: they are neither regions nor counted in the area.
     */
    static boolean readable(CtcDecoder.Reading r) {
        return r.confidence() >= MIN_CONFIDENCE && r.text().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The fraction of a {@code w x h} frame that {@code boxes} cover together. */
    static double coverage(List<TextBox> boxes, int w, int h) {
        if (boxes.isEmpty()) {
            return 0;
        }
        boolean[] covered = new boolean[w * h];
        long n = 0;
        for (TextBox b : boxes) {
            int x1 = Math.min(w, (int) Math.round(b.x() + b.w()));
            int y1 = Math.min(h, (int) Math.round(b.y() + b.h()));
            for (int y = Math.max(0, (int) Math.round(b.y())); y < y1; y++) {
                for (int x = Math.max(0, (int) Math.round(b.x())); x < x1; x++) {
                    if (!covered[y * w + x]) {
                        covered[y * w + x] = true;
                        n++;
                    }
                }
            }
        }
        return n / (double) (w * h);
    }
}
