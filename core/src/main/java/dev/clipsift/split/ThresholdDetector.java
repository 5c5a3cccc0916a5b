package dev.clipsift.split;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PySceneDetect's ThresholdDetector, for fades to and from black (or white): a frame "fades out" when its
 * mean B, G, R value falls below {@code threshold} (12, truncated to a whole number; {@code method}
 * {@code floor}) or reaches it ({@code ceiling}), and "fades in" when it crosses back. Each fade-in after a
 * fade-out gives one cut between the two crossings, placed by {@code fade_bias} (-1 at the fade-out,
 * 0 midway, +1 at the fade-in; a half frame rounds up, as in PySceneDetect's reference outputs), when {@code min_scene_len} (15) frames passed since the previous fade-in
 * cut. The first frame only sets the state (below the threshold counts as faded out, whatever the method).
 * With {@code add_final_scene}, a video that ends faded out gets a last cut at its fade-out.
 */
final class ThresholdDetector extends FrameDetector {
    static final List<String> KEYS =
            List.of("threshold", MinSceneLen.KEY, "fade_bias", "add_final_scene", "method", DOWNSCALE);
    static final List<String> METHODS = List.of("floor", "ceiling");

    private final int threshold;
    private final MinSceneLen minSceneLen;
    private final double fadeBias;
    private final boolean addFinalScene;
    private final boolean ceiling;

    ThresholdDetector(SplitConfig config) {
        super(config.integer(DOWNSCALE, 0));
        config.requireKnown(KEYS);
        threshold = (int) config.number("threshold", 12);
        minSceneLen = MinSceneLen.from(config, 15);
        fadeBias = config.number("fade_bias", 0.0);
        if (fadeBias < -1 || fadeBias > 1) {
            throw new IllegalArgumentException("fade_bias must be between -1 and 1");
        }
        addFinalScene = config.bool("add_final_scene", false);
        ceiling = "ceiling".equals(config.choice("method", METHODS, "floor"));
    }

    @Override
    public String name() {
        return "threshold";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threshold", threshold);
        m.put(MinSceneLen.KEY, minSceneLen.describe());
        m.put("fade_bias", fadeBias);
        m.put("add_final_scene", addFinalScene);
        m.put("method", ceiling ? "ceiling" : "floor");
        m.put(DOWNSCALE, downscale());
        return m;
    }

    /** Mean of all B, G, R bytes of a frame. */
    static double meanBgr(byte[] bgr, int length) {
        long sum = 0;
        for (int i = 0; i < length; i++) {
            sum += bgr[i] & 0xFF;
        }
        return sum / (double) length;
    }

    @Override
    Loaded load() {
        return this::start;
    }

    /** A fresh cut finder for a video at {@code fps}. */
    private CutFinder start(double fps) {
        int minLength = minSceneLen.inFrames(fps);
        List<Integer> cuts = new ArrayList<>();
        return new CutFinder() {
            private boolean started;
            private boolean fadedOut;
            private int fadeFrame;
            private int lastCut;

            @Override
            public void frame(int index, byte[] bgr, int width, int height) {
                double mean = meanBgr(bgr, width * height * 3);
                boolean below = mean < threshold;
                if (!started) {
                    started = true;
                    lastCut = index;
                    fadeFrame = 0;
                    fadedOut = below;
                    return;
                }
                boolean dark = ceiling != below;
                if (!fadedOut && dark) {
                    fadedOut = true;
                    fadeFrame = index;
                } else if (fadedOut && !dark) {
                    if (index - lastCut >= minLength) {
                        int out = fadeFrame;
                        cuts.add(Math.floorDiv(index + out + (int) (fadeBias * (index - out)) + 1, 2));
                        lastCut = index;
                    }
                    fadedOut = false;
                    fadeFrame = index;
                }
            }

            @Override
            public List<Integer> finish(int lastIndex) {
                if (fadedOut && addFinalScene && lastIndex - lastCut >= minLength) {
                    cuts.add(fadeFrame);
                }
                return cuts;
            }
        };
    }
}
