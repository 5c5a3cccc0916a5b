package dev.clipsift.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.dedup.DedupConfig;
import dev.clipsift.dedup.SemanticSearch;
import dev.clipsift.embed.EmbeddingParts;
import dev.clipsift.model.EmbeddingRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Semantic dedup's search on Spark MLlib (memory limit 0) against core's in-memory search, on random unit vectors
 * with near-copies planted among them.
 */
class SparkSemanticSearchTest {
    private static final int DIM = 32;

    @TempDir
    Path tmp;

    /** 150 random vectors, then a near-copy of each of the first 12 (cosine above 0.999). */
    private static List<EmbeddingRef> vectors() {
        Random random = new Random(11);
        List<float[]> rows = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            float[] v = new float[DIM];
            for (int t = 0; t < DIM; t++) {
                v[t] = (float) random.nextGaussian();
            }
            rows.add(v);
        }
        for (int i = 0; i < 12; i++) {
            float[] v = rows.get(i).clone();
            for (int t = 0; t < DIM; t++) {
                v[t] += (float) (0.01 * random.nextGaussian());
            }
            rows.add(v);
        }
        return rows.stream().map(v -> EmbeddingParts.pending("test", v)).toList();
    }

    private static Set<String> pairs(SemanticSearch search, Path root, int k, List<Integer> sizes) throws Exception {
        Set<String> found = new TreeSet<>();
        SemanticSearch.Clusters c = search.find(
                root, vectors(), DIM, new DedupConfig(true, null, null, k, null, null, null), (a, b, cos) -> {
                    synchronized (found) {
                        found.add(a + "-" + b);
                    }
                });
        sizes.addAll(c.sizes());
        return found;
    }

    private SparkSemanticSearch onMllib() {
        return new SparkSemanticSearch(LocalSpark.session(), 0, PartFiles.shared(tmp));
    }

    @Test
    void oneClusterOnSparkFindsExactlyThePairsOfCoresSearch() throws Exception {
        Set<String> core = pairs(SemanticSearch.IN_MEMORY, tmp, 1, new ArrayList<>());
        Set<String> spark = pairs(onMllib(), tmp, 1, new ArrayList<>());

        assertThat(core).hasSize(12);
        assertThat(spark).isEqualTo(core);
    }

    @Test
    void mllibKMeansSplitsTheVectorsAndKeepsEveryNearCopyWithItsOriginal() throws Exception {
        List<Integer> sizes = new ArrayList<>();
        Set<String> spark = pairs(onMllib(), tmp, 4, sizes);

        assertThat(sizes).hasSize(4).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(162);
        Set<String> planted = new TreeSet<>();
        for (int i = 0; i < 12; i++) {
            planted.add(i + "-" + (150 + i));
        }
        assertThat(spark).isEqualTo(planted);
    }
}
