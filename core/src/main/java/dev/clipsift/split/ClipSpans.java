package dev.clipsift.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns shots into clip spans with cosmos-curate's rules: trim {@code crop_s} from each end of a shot, drop
 * clips shorter than {@code min_s} or {@code min_frames}, and cut shots longer than {@code max_s} into
 * {@code max_s} pieces ({@code stride}) or keep only the first piece ({@code truncate}).
 */
public record ClipSpans(double minS, int minFrames, double maxS, String longShots, double cropS) {
    public static final ClipSpans COSMOS_DEFAULTS = new ClipSpans(2.0, 48, 60.0, "stride", 0.5);

    public ClipSpans {
        if (!"stride".equals(longShots) && !"truncate".equals(longShots)) {
            throw new IllegalArgumentException("long shots are 'stride' or 'truncate', not '" + longShots + "'");
        }
        if (minS < 0 || minFrames < 1 || maxS <= 0 || cropS < 0) {
            throw new IllegalArgumentException("clip limits must be positive");
        }
    }

    public Map<String, Object> describe() {
        return Map.of("min_s", minS, "min_frames", minFrames, "max_s", maxS, "long_shots", longShots, "crop_s", cropS);
    }

    public List<Shot> apply(List<Shot> shots, double fps) {
        int crop = (int) Math.round(cropS * fps);
        int min = Math.max(minFrames, (int) Math.ceil(minS * fps));
        int max = Math.max(1, (int) Math.floor(maxS * fps));
        List<Shot> clips = new ArrayList<>();
        for (Shot s : shots) {
            int start = s.start() + crop;
            int end = s.end() - crop;
            if (end - start + 1 < min) {
                continue;
            }
            for (int a = start; a <= end; a += max) {
                int b = Math.min(end, a + max - 1);
                if (b - a + 1 >= min) {
                    clips.add(new Shot(a, b));
                }
                if ("truncate".equals(longShots)) {
                    break;
                }
            }
        }
        return clips;
    }
}
