package dev.clipsift.model;

import java.util.List;

/**
 * The on-screen text of a clip, kept for review: the mean fraction of the picture covered by text over the
 * sampled frames ({@code areaFraction}), whether any of it is a persistent overlay ({@code overlay}, what
 * cosmos-curate calls {@code post_production_text}), how many frames were read ({@code framesRead}), and the
 * regions found.
 */
public record OnScreenText(double areaFraction, boolean overlay, int framesRead, List<TextRegion> regions) {
    public OnScreenText {
        regions = List.copyOf(regions == null ? List.of() : regions);
    }
}
