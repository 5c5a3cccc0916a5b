package dev.clipsift.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Semantic duplicates as cosmos-curate (after NeMo Curator) finds them: k-means over the clips' unit
 * embeddings ({@code n_clusters}, {@code max_iter}, {@code seed}), then within each cluster every pair whose
 * cosine similarity is at least {@code 1 - eps} ({@link CosinePairs}).
 */
final class SemanticPairs {
    private SemanticPairs() {}

    /** What the clustering did: each cluster's size and the iterations k-means ran. */
    record Clustering(List<Integer> sizes, int iterations) {}

    static Clustering find(
            float[] x, int n, int d, int clusters, int maxIter, long seed, double eps, CosinePairs.Sink sink) {
        KMeans.Result km = KMeans.fit(x, n, d, clusters, maxIter, seed);
        List<List<Integer>> members = new ArrayList<>();
        for (int j = 0; j < km.k(); j++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            members.get(km.labels()[i]).add(i);
        }
        List<Integer> sizes = new ArrayList<>();
        for (List<Integer> m : members) {
            sizes.add(m.size());
            CosinePairs.find(x, d, m.stream().mapToInt(Integer::intValue).toArray(), 1 - eps, seed, sink);
        }
        return new Clustering(sizes, km.iterations());
    }
}
