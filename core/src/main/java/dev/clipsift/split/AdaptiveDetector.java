package dev.clipsift.split;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PySceneDetect's AdaptiveDetector: scores frames as {@link ContentDetector} does, then compares each
 * frame's score with the mean score of the {@code window_width} (2) frames either side. A cut where that
 * ratio reaches {@code adaptive_threshold} (3.0), the score itself reaches {@code min_content_val} (15) and
 * at least {@code min_scene_len} (15) frames have been read since the last cut. A zero mean counts as the
 * maximum ratio 255 when the score reaches {@code min_content_val}.
 */
final class AdaptiveDetector extends FrameDetector {
    static final List<String> KEYS = keys();
    private static final double MAX_RATIO = 255.0;

    private final double adaptiveThreshold;
    private final MinSceneLen minSceneLen;
    private final int windowWidth;
    private final double minContentVal;
    private final ContentWeights weights;
    private final Integer kernelSize;

    AdaptiveDetector(SplitConfig config) {
        super(config.integer(DOWNSCALE, 0));
        config.requireKnown(KEYS);
        adaptiveThreshold = config.number("adaptive_threshold", 3.0);
        minSceneLen = MinSceneLen.from(config, 15);
        windowWidth = config.integer("window_width", 2);
        if (windowWidth < 1) {
            throw new IllegalArgumentException("window_width must be at least 1");
        }
        minContentVal = config.number("min_content_val", 15.0);
        weights = ContentWeights.from(config);
        kernelSize = ContentDetector.kernelSize(config);
    }

    private static List<String> keys() {
        List<String> k = new ArrayList<>(List.of(
                "adaptive_threshold", MinSceneLen.KEY, "window_width", "min_content_val", "kernel_size", DOWNSCALE));
        k.addAll(ContentWeights.KEYS);
        return List.copyOf(k);
    }

    @Override
    public String name() {
        return "adaptive";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("adaptive_threshold", adaptiveThreshold);
        m.put(MinSceneLen.KEY, minSceneLen.describe());
        m.put("window_width", windowWidth);
        m.put("min_content_val", minContentVal);
        m.putAll(weights.describe());
        if (kernelSize != null) {
            m.put("kernel_size", kernelSize);
        }
        m.put(DOWNSCALE, downscale());
        return m;
    }

    @Override
    Loaded load() {
        return this::start;
    }

    /** A fresh cut finder for a video at {@code fps}. */
    private CutFinder start(double fps) {
        ContentScorer scorer = new ContentScorer(weights, kernelSize);
        int minLength = minSceneLen.inFrames(fps);
        int span = 2 * windowWidth + 1;
        double[] window = new double[span];
        List<Integer> cuts = new ArrayList<>();
        return new CutFinder() {
            private int seen;
            private int lastCut = -1;

            @Override
            public void frame(int index, byte[] bgr, int width, int height) {
                double score = scorer.score(bgr, width, height);
                if (lastCut < 0) {
                    lastCut = index;
                }
                window[seen % span] = score;
                seen++;
                if (seen < span) {
                    return;
                }
                int target = index - windowWidth;
                double targetScore = window[target % span];
                double sum = 0;
                for (int i = 0; i < span; i++) {
                    if (i != target % span) {
                        sum += window[i];
                    }
                }
                double mean = sum / (2.0 * windowWidth);
                double ratio = 0;
                if (Math.abs(mean) >= 0.00001) {
                    ratio = Math.min(targetScore / mean, MAX_RATIO);
                } else if (targetScore >= minContentVal) {
                    ratio = MAX_RATIO;
                }
                if (ratio >= adaptiveThreshold && targetScore >= minContentVal && index - lastCut >= minLength) {
                    lastCut = target;
                    cuts.add(target);
                }
            }

            @Override
            public List<Integer> finish(int lastIndex) {
                return cuts;
            }

            @Override
            public void close() {
                scorer.close();
            }
        };
    }
}
