package dev.clipsift.split;

import java.util.List;

/** Builds the {@link ShotSplitter} a {@link SplitConfig} names. */
public final class ShotSplitters {
    private ShotSplitters() {}

    public static List<String> algorithms() {
        return List.of("fixed-stride");
    }

    public static ShotSplitter create(SplitConfig config) {
        return switch (config.algorithm()) {
            case "fixed-stride" -> new FixedStrideSplitter(config.number("stride_s", 10.0));
            default -> throw new IllegalArgumentException("unknown splitting algorithm '" + config.algorithm()
                    + "'; one of " + algorithms());
        };
    }
}
