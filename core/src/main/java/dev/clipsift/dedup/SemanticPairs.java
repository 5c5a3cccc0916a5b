package dev.clipsift.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Semantic duplicates as cosmos-curate (after NeMo Curator) finds them: k-means over the clips' unit
 * embeddings ({@code n_clusters}, {@code max_iter}, {@code seed}; {@link KMeans}), then within each cluster every
 * pair whose cosine similarity is at least {@code 1 - eps} ({@link CosinePairs}). Public for the benchmark, which
 * times the two steps apart.
 */
public final class SemanticPairs {
    private SemanticPairs() {}

    /** Receives each pair of rows {@code a < b} and their cosine similarity; called concurrently. */
    public interface Sink {
        void pair(int a, int b, float cos);
    }

    /** The clusters of {@code n} rows of {@code d} in {@code x}, by {@code config}'s k-means settings. */
    public static KMeans.Result cluster(float[] x, int n, int d, DedupConfig config) {
        return KMeans.fit(x, n, d, config.nClusters(), config.maxIter(), config.seed());
    }

    /** The pairs within each cluster of {@code clusters} at cosine similarity {@code 1 - eps} or more. */
    public static void pairs(float[] x, int d, KMeans.Result clusters, DedupConfig config, Sink sink) {
        for (int[] members : members(clusters)) {
            within(x, d, members, 1 - config.epsToExtract(), config.seed(), sink);
        }
    }

    /**
     * The pairs among {@code rows} (one cluster; indexes into {@code x}, unit rows of {@code d}) at cosine
     * similarity {@code minCos} or more ({@link CosinePairs}, pivots drawn with {@code seed}).
     */
    public static void within(float[] x, int d, int[] rows, double minCos, long seed, Sink sink) {
        CosinePairs.find(x, d, rows, minCos, seed, sink);
    }

    /** Each cluster's size, in cluster order. */
    public static List<Integer> sizes(KMeans.Result clusters) {
        return members(clusters).stream().map(m -> m.length).toList();
    }

    /** Scales each row to unit length (float16 storage leaves them slightly off), so dot products are cosines. */
    public static void normalise(float[] x, int dim) {
        for (int r = 0; r < x.length / dim; r++) {
            double s = 0;
            for (int t = 0; t < dim; t++) {
                s += x[r * dim + t] * x[r * dim + t];
            }
            double inv = s > 0 ? 1 / Math.sqrt(s) : 0;
            for (int t = 0; t < dim; t++) {
                x[r * dim + t] *= (float) inv;
            }
        }
    }

    private static List<int[]> members(KMeans.Result clusters) {
        int[] count = new int[clusters.k()];
        for (int label : clusters.labels()) {
            count[label]++;
        }
        List<int[]> out = new ArrayList<>();
        for (int j = 0; j < clusters.k(); j++) {
            out.add(new int[count[j]]);
        }
        int[] fill = new int[clusters.k()];
        for (int i = 0; i < clusters.labels().length; i++) {
            int label = clusters.labels()[i];
            out.get(label)[fill[label]++] = i;
        }
        return out;
    }
}
