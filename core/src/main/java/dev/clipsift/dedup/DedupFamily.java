package dev.clipsift.dedup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FamilyOptions;
import dev.clipsift.engine.RunPass;
import dev.clipsift.engine.StageFamily;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The dedup family (section {@code dedup}, order 400): when enabled, the {@code dedup_hash} clip stage hashes
 * every clip and the {@code dedup} pass groups the run's duplicates. Off by default.
 */
public final class DedupFamily implements StageFamily<DedupConfig> {
    private final SemanticSearch search;

    /** The family as registered: semantic dedup in this JVM's memory. */
    public DedupFamily() {
        this(SemanticSearch.IN_MEMORY);
    }

    /** The family with its semantic step run by {@code search} (e.g. on a cluster). */
    public DedupFamily(SemanticSearch search) {
        this.search = search;
    }

    @Override
    public String section() {
        return "dedup";
    }

    @Override
    public Class<DedupConfig> configType() {
        return DedupConfig.class;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public DedupConfig defaults() {
        return DedupConfig.defaults();
    }

    @Override
    public List<ClipStage> stages(DedupConfig config) {
        return config.enabled() ? List.of(new HashStage()) : List.of();
    }

    @Override
    public List<RunPass> passes(DedupConfig config) {
        return config.enabled() ? List.of(new DedupPass(config, search)) : List.of();
    }

    @Override
    public FamilyOptions options() {
        return new Options();
    }

    /** {@code --dedup} and its settings; what is not given leaves the section as it is. */
    public static final class Options implements FamilyOptions {
        @Option(names = "--dedup", description = "Find duplicate clips and mark all but one of each group.")
        boolean enabled;

        @Option(
                names = "--dedup-methods",
                split = ",",
                paramLabel = "METHOD",
                description = "exact, perceptual, semantic (default all; semantic needs --embeddings).")
        @Nullable
        List<String> methods;

        @Option(
                names = "--dedup-perceptual-max-distance",
                paramLabel = "BITS",
                description = "Near-duplicates differ in at most this many of 64 perceptual-hash bits (default 12).")
        @Nullable
        Integer perceptualMaxDistance;

        @Option(
                names = "--dedup-n-clusters",
                paramLabel = "K",
                description = "k-means clusters of semantic dedup (default 4, cosmos-curate's).")
        @Nullable
        Integer nClusters;

        @Option(names = "--dedup-max-iter", paramLabel = "N", description = "k-means iterations at most (default 100).")
        @Nullable
        Integer maxIter;

        @Option(names = "--dedup-seed", paramLabel = "N", description = "k-means++ seed (default 42).")
        @Nullable
        Long seed;

        @Option(
                names = "--dedup-eps-to-extract",
                paramLabel = "EPS",
                description =
                        "Semantic duplicates: cosine similarity at least 1 - EPS within a cluster (default 0.01).")
        @Nullable
        Double epsToExtract;

        @Override
        public void applyTo(ObjectNode section) {
            if (enabled) {
                section.put("enabled", true);
            }
            if (methods != null) {
                methods.forEach(section.putArray("methods")::add);
            }
            if (perceptualMaxDistance != null) {
                section.put("perceptual_max_distance", perceptualMaxDistance);
            }
            if (nClusters != null) {
                section.put("n_clusters", nClusters);
            }
            if (maxIter != null) {
                section.put("max_iter", maxIter);
            }
            if (seed != null) {
                section.put("seed", seed);
            }
            if (epsToExtract != null) {
                section.put("eps_to_extract", epsToExtract);
            }
        }
    }
}
