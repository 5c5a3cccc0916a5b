package dev.clipsift.split;

import java.util.List;

/** Builds the {@link ShotSplitter} a {@link SplitConfig} names. */
public final class ShotSplitters {
    private ShotSplitters() {}

    public static List<String> algorithms() {
        return List.of("content", "adaptive", "threshold", "fixed-stride", "transnetv2");
    }

    /** The splitter {@code config} names; unknown algorithms, unknown parameters and bad values throw. */
    public static ShotSplitter create(SplitConfig config) {
        return switch (config.algorithm()) {
            case "content" -> new ContentDetector(config);
            case "adaptive" -> new AdaptiveDetector(config);
            case "threshold" -> new ThresholdDetector(config);
            case "transnetv2" -> new TransNetSplitter(config);
            case "fixed-stride" -> {
                config.requireKnown(List.of("stride_s"));
                yield new FixedStrideSplitter(config.number("stride_s", 10.0));
            }
            default -> throw new IllegalArgumentException(
                    "unknown splitting algorithm '" + config.algorithm() + "'; one of " + algorithms());
        };
    }
}
