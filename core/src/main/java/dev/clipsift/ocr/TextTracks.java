package dev.clipsift.ocr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Follows text boxes over a clip's sampled frames, as cosmos-curate's stable-text detector does: each box of a
 * frame extends the track whose latest box it overlaps best, when that overlap (IoU) reaches {@link #MATCH_IOU},
 * and starts a new track otherwise; a track takes at most one box per frame. cosmos matches at IoU 0.9; on
 * frames of 640 px a 15 px tall line found one pixel higher already falls below that, so tracks here follow
 * looser overlaps and {@link OverlayRule} asks their boxes to stay put ({@link Track#stability}). A track may
 * skip frames (the detector can miss a line on a dark or busy frame): with a handful of samples per clip no
 * gap ends a track.
 */
final class TextTracks {
    /** The overlap that makes a box the next sighting of a track. */
    static final double MATCH_IOU = 0.5;

    private TextTracks() {}

    /** A box found on sampled frame {@code sample} (0-based), which is frame {@code frame} of the source. */
    record Seen(int sample, int frame, TextBox box) {}

    /** One piece of text over frames: where it was seen, in order. */
    record Track(List<Seen> seen) {
        Seen first() {
            return seen.get(0);
        }

        Seen last() {
            return seen.get(seen.size() - 1);
        }

        /** Where the detector was surest of it: the sighting to read its text from. */
        Seen best() {
            return seen.stream()
                    .max(Comparator.comparingDouble(s -> s.box().score()))
                    .orElseThrow();
        }

        /** The mean IoU of each sighting's box with the one before (1 for a single sighting), as cosmos's. */
        double stability() {
            double sum = 0;
            for (int i = 1; i < seen.size(); i++) {
                sum += seen.get(i).box().iou(seen.get(i - 1).box());
            }
            return seen.size() < 2 ? 1 : sum / (seen.size() - 1);
        }

        /** Source frames from its first sighting to its last, both included. */
        int spanFrames() {
            return last().frame() - first().frame() + 1;
        }
    }

    /** The tracks of {@code boxes} (one list per sampled frame, {@code frames} their source frame numbers). */
    static List<Track> match(List<List<TextBox>> boxes, int[] frames) {
        List<List<Seen>> tracks = new ArrayList<>();
        for (int s = 0; s < boxes.size(); s++) {
            Set<List<Seen>> extended = Collections.newSetFromMap(new IdentityHashMap<>());
            List<TextBox> byScore = new ArrayList<>(boxes.get(s));
            byScore.sort(Comparator.comparingDouble(TextBox::score).reversed());
            for (TextBox box : byScore) {
                List<Seen> best = null;
                double bestIou = MATCH_IOU;
                for (List<Seen> t : tracks) {
                    double iou = t.get(t.size() - 1).box().iou(box);
                    if (iou >= bestIou && !extended.contains(t)) {
                        best = t;
                        bestIou = iou;
                    }
                }
                Seen seen = new Seen(s, frames[s], box);
                if (best == null) {
                    best = new ArrayList<>();
                    tracks.add(best);
                }
                best.add(seen);
                extended.add(best);
            }
        }
        return tracks.stream().map(t -> new Track(List.copyOf(t))).toList();
    }
}
