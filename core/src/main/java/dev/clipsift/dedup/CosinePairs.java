package dev.clipsift.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Every pair among a set of unit vectors (rows of a flat array) whose cosine similarity is at least
 * {@code minCos}: exactly the pairs a comparison of all pairs finds, without comparing them all. A small set is
 * compared pair by pair. A large one is split into Voronoi cells around pivots drawn from it (seeded); pairs
 * inside a cell are found the same way, recursively; a pair across cells a and b can only exist between points
 * of a and of b that each lie within {@code t = sqrt(2 - 2 minCos)} (the largest distance such a pair has) of
 * the bisector between the two pivots, since the bisector separates them: the distance of x to it is
 * {@code (|x - p_b|² - |x - p_a|²) / (2 |p_a - p_b|)}. Only those are compared. Pairs reach the sink from
 * several threads, each pair once.
 */
final class CosinePairs {
    /** Sets at most this large are compared pair by pair. */
    static final int LEAF = 1024;

    /** At most this many pivots a split: a split of n rows uses about sqrt(n), so cells hold about as many. */
    static final int MAX_PIVOTS = 2048;

    private final float[] x;
    private final int d;
    private final float minCos;
    private final float reach;
    private final long seed;
    private final SemanticPairs.Sink sink;

    private CosinePairs(float[] x, int d, double minCos, long seed, SemanticPairs.Sink sink) {
        this.x = x;
        this.d = d;
        this.minCos = (float) minCos;
        this.reach = (float) (Math.sqrt(Math.max(0, 2 - 2 * minCos)) + 1e-4); // slack for float rounding
        this.seed = seed;
        this.sink = sink;
    }

    /** Finds the pairs among {@code rows} (indexes into {@code x}, rows of {@code d}). */
    static void find(float[] x, int d, int[] rows, double minCos, long seed, SemanticPairs.Sink sink) {
        new CosinePairs(x, d, minCos, seed, sink).search(rows, 0);
    }

    private void search(int[] rows, int depth) {
        if (rows.length <= LEAF) {
            within(rows);
            return;
        }
        int m = Math.max(2, Math.min((int) Math.sqrt(rows.length), MAX_PIVOTS));
        int[] pivots = sample(rows, m, new Random(seed * 31 + depth * 7919L + rows.length));
        float[] between = pivotDistances(pivots);
        float[] norms = new float[m];
        for (int p = 0; p < m; p++) {
            norms[p] = dot(pivots[p], pivots[p]);
        }
        int[] cellOf = new int[rows.length];
        int[][] near = new int[rows.length][];
        IntStream.range(0, rows.length).parallel().forEach(i -> {
            float[] d2 = new float[m];
            int a = 0;
            float self = dot(rows[i], rows[i]);
            for (int p = 0; p < m; p++) {
                d2[p] = self + norms[p] - 2 * dot(rows[i], pivots[p]);
                if (d2[p] < d2[a]) {
                    a = p;
                }
            }
            cellOf[i] = a;
            int[] list = new int[8];
            int count = 0;
            for (int b = 0; b < m; b++) {
                float gap = between[a * m + b];
                if (b != a && gap > 0 && (d2[b] - d2[a]) / (2 * gap) <= reach) {
                    if (count == list.length) {
                        list = java.util.Arrays.copyOf(list, count * 2);
                    }
                    list[count++] = b;
                }
            }
            near[i] = java.util.Arrays.copyOf(list, count);
        });
        List<List<Integer>> cells = new ArrayList<>();
        for (int p = 0; p < m; p++) {
            cells.add(new ArrayList<>());
        }
        for (int i = 0; i < rows.length; i++) {
            cells.get(cellOf[i]).add(i);
        }
        int largest = cells.stream().mapToInt(List::size).max().orElse(0);
        if (largest > rows.length * 0.9) {
            within(rows); // the rows hardly spread (many copies of one vector): splitting would not shrink them
            return;
        }
        cells.parallelStream()
                .forEach(cell -> search(cell.stream().mapToInt(i -> rows[i]).toArray(), depth + 1));
        across(rows, cellOf, near);
    }

    /** The pairs across cells: for each pair of cells, the rows of each side near their bisector. */
    private void across(int[] rows, int[] cellOf, int[][] near) {
        Map<Long, List<List<Integer>>> sides = new HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            int a = cellOf[i];
            for (int b : near[i]) {
                long key = Math.min(a, b) * 65536L + Math.max(a, b);
                sides.computeIfAbsent(key, k -> List.of(new ArrayList<>(), new ArrayList<>()))
                        .get(a < b ? 0 : 1)
                        .add(rows[i]);
            }
        }
        sides.values().parallelStream().forEach(s -> {
            for (int p : s.get(0)) {
                for (int q : s.get(1)) {
                    compare(p, q);
                }
            }
        });
    }

    private void within(int[] rows) {
        IntStream.range(0, rows.length).parallel().forEach(i -> {
            for (int j = i + 1; j < rows.length; j++) {
                compare(rows[i], rows[j]);
            }
        });
    }

    private void compare(int p, int q) {
        float cos = dot(p, q);
        if (cos >= minCos) {
            sink.pair(Math.min(p, q), Math.max(p, q), cos);
        }
    }

    private float dot(int p, int q) {
        return KMeans.dot(x, p * d, x, q * d, d);
    }

    private float[] pivotDistances(int[] pivots) {
        int m = pivots.length;
        float[] out = new float[m * m];
        IntStream.range(0, m).parallel().forEach(a -> {
            for (int b = 0; b < m; b++) {
                out[a * m + b] = (float) Math.sqrt(KMeans.squaredDistance(x, pivots[a] * d, x, pivots[b] * d, d));
            }
        });
        return out;
    }

    /** {@code m} distinct rows of {@code rows} (a partial Fisher-Yates shuffle of a copy). */
    private static int[] sample(int[] rows, int m, Random random) {
        int[] copy = rows.clone();
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(copy.length - i);
            int t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        return java.util.Arrays.copyOf(copy, m);
    }
}
