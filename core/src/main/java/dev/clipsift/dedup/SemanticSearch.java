package dev.clipsift.dedup;

import dev.clipsift.embed.EmbeddingParts;
import dev.clipsift.model.EmbeddingRef;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the {@code dedup} pass's semantic step runs: k-means over the run's embeddings, then the close pairs
 * within each cluster ({@link SemanticPairs}). {@link #IN_MEMORY}, the default, loads every vector into this JVM;
 * a cluster engine can keep them spread out instead (the Spark application runs MLlib's k-means on its executors,
 * {@code dev.clipsift.spark}), given to the family as {@code new DedupFamily(search)}.
 */
public interface SemanticSearch {
    /** What the clustering found: each cluster's size, in cluster order, and the k-means iterations run. */
    record Clusters(List<Integer> sizes, int iterations) {}

    /**
     * Reports to {@code sink} every pair of rows {@code a < b} of {@code refs} (indexes into that list, vectors of
     * {@code dim} under the run folder {@code root}) that lie in one cluster with cosine similarity at least
     * {@code 1 - config.epsToExtract()}.
     */
    Clusters find(Path root, List<EmbeddingRef> refs, int dim, DedupConfig config, SemanticPairs.Sink sink)
            throws Exception;

    /** Every vector in this JVM's memory, {@link KMeans} and {@link CosinePairs}. */
    SemanticSearch IN_MEMORY = (root, refs, dim, config, sink) -> {
        float[] x = EmbeddingParts.load(root, refs, dim);
        SemanticPairs.normalise(x, dim);
        KMeans.Result clusters = SemanticPairs.cluster(x, refs.size(), dim, config);
        SemanticPairs.pairs(x, dim, clusters, config, sink);
        return new Clusters(SemanticPairs.sizes(clusters), clusters.iterations());
    };
}
