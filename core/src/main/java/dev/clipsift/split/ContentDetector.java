package dev.clipsift.split;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PySceneDetect's ContentDetector: a cut where a frame's {@code content_val} (see {@link ContentScorer})
 * reaches {@code threshold} (27), with {@code min_scene_len} (15 frames) enforced by a {@link FlashFilter}
 * ({@code filter_mode} merge or suppress).
 */
final class ContentDetector extends FrameDetector {
    static final List<String> KEYS = keys();

    private final double threshold;
    private final MinSceneLen minSceneLen;
    private final ContentWeights weights;
    private final Integer kernelSize;
    private final String filterMode;

    ContentDetector(SplitConfig config) {
        super(config.integer(DOWNSCALE, 0));
        config.requireKnown(KEYS);
        threshold = config.number("threshold", 27.0);
        minSceneLen = MinSceneLen.from(config, 15);
        weights = ContentWeights.from(config);
        kernelSize = kernelSize(config);
        filterMode = config.choice("filter_mode", FlashFilter.MODES, "merge");
    }

    private static List<String> keys() {
        List<String> k =
                new ArrayList<>(List.of("threshold", MinSceneLen.KEY, "kernel_size", "filter_mode", DOWNSCALE));
        k.addAll(ContentWeights.KEYS);
        return List.copyOf(k);
    }

    /** {@code kernel_size}: odd, 3 or more; absent means estimated from the frame size. */
    static Integer kernelSize(SplitConfig config) {
        if (config.raw("kernel_size") == null) {
            return null;
        }
        int k = config.integer("kernel_size", 0);
        if (k < 3 || k % 2 == 0) {
            throw new IllegalArgumentException("kernel_size must be an odd number of 3 or more");
        }
        return k;
    }

    @Override
    public String name() {
        return "content";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threshold", threshold);
        m.put(MinSceneLen.KEY, minSceneLen.describe());
        m.putAll(weights.describe());
        if (kernelSize != null) {
            m.put("kernel_size", kernelSize);
        }
        m.put("filter_mode", filterMode);
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
        FlashFilter filter = new FlashFilter(filterMode, minSceneLen.inFrames(fps));
        List<Integer> cuts = new ArrayList<>();
        return new CutFinder() {
            @Override
            public void frame(int index, byte[] bgr, int width, int height) {
                int cut = filter.accept(index, scorer.score(bgr, width, height) >= threshold);
                if (cut >= 0) {
                    cuts.add(cut);
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
