package dev.clipsift.dedup;

import java.util.List;
import java.util.Locale;

/**
 * The {@code dedup} section: whether the run deduplicates ({@code enabled}, off unless asked), by which
 * {@code methods} ({@code exact}, {@code perceptual}, {@code semantic}; all by default), how far apart two
 * perceptual hashes may be ({@code perceptual_max_distance} bits of 64, default 12: a crop of 5 % a side moves
 * 8 to 12 bits, different shots of one street lie 22 or more apart), and cosmos-curate's semantic dedup
 * settings: {@code n_clusters} (4), {@code max_iter} (100), {@code seed} (42) and {@code eps_to_extract} (0.01:
 * clips of a cluster with cosine similarity at least {@code 1 - eps} are duplicates). Semantic dedup compares
 * the clips' embeddings: it needs the {@code embeddings} family.
 */
public record DedupConfig(
        Boolean enabled,
        List<String> methods,
        Integer perceptualMaxDistance,
        Integer nClusters,
        Integer maxIter,
        Long seed,
        Double epsToExtract) {

    static final List<String> METHODS = List.of("exact", "perceptual", "semantic");

    public DedupConfig {
        enabled = enabled != null && enabled;
        methods = methods == null
                ? METHODS
                : methods.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
        perceptualMaxDistance = perceptualMaxDistance == null ? 12 : perceptualMaxDistance;
        nClusters = nClusters == null ? 4 : nClusters;
        maxIter = maxIter == null ? 100 : maxIter;
        seed = seed == null ? 42L : seed;
        epsToExtract = epsToExtract == null ? 0.01 : epsToExtract;
        for (String m : methods) {
            if (!METHODS.contains(m)) {
                throw new IllegalArgumentException("dedup: unknown method '" + m + "', expected one of " + METHODS);
            }
        }
        if (perceptualMaxDistance < 0 || perceptualMaxDistance > 63) {
            throw new IllegalArgumentException(
                    "dedup: perceptual_max_distance must be 0 to 63 bits, got " + perceptualMaxDistance);
        }
        if (nClusters < 1 || maxIter < 1 || !(epsToExtract >= 0 && epsToExtract < 1)) {
            throw new IllegalArgumentException("dedup: n_clusters and max_iter must be at least 1 and eps_to_extract"
                    + " in [0, 1), got " + nClusters + ", " + maxIter + " and " + epsToExtract);
        }
    }

    public static DedupConfig defaults() {
        return new DedupConfig(null, null, null, null, null, null, null);
    }

    boolean uses(String method) {
        return methods.contains(method);
    }
}
