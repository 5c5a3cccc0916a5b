package dev.clipsift.spark;

import java.io.Serializable;
import java.util.List;

/**
 * The videos one Spark task works on: their stable ids ({@code run.Ids.video}) and how they are shown (a path
 * or URL, for messages), in listing order; {@code index} is the group's place among the run's groups.
 */
record VideoGroup(int index, List<String> ids, List<String> shown) implements Serializable {
    VideoGroup {
        ids = List.copyOf(ids);
        shown = List.copyOf(shown);
    }

    /** The run's videos cut into consecutive groups of at most {@code size}. */
    static List<VideoGroup> of(List<String> ids, List<String> shown, int size) {
        int n = Math.max(1, size);
        return java.util.stream.IntStream.range(0, (ids.size() + n - 1) / n)
                .mapToObj(g -> {
                    int to = Math.min(ids.size(), (g + 1) * n);
                    return new VideoGroup(g, ids.subList(g * n, to), shown.subList(g * n, to));
                })
                .toList();
    }
}
