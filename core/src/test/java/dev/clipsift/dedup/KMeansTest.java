package dev.clipsift.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KMeansTest {
    /** {@code perBlob} points around each of {@code blobs} centres far apart, blob b's points at rows b*perBlob... */
    static float[] blobs(int blobs, int perBlob, int d, double spread, long seed) {
        Random r = new Random(seed);
        float[] x = new float[blobs * perBlob * d];
        for (int b = 0; b < blobs; b++) {
            float[] centre = new float[d];
            for (int t = 0; t < d; t++) {
                centre[t] = (float) (r.nextGaussian() * 10);
            }
            for (int p = 0; p < perBlob; p++) {
                for (int t = 0; t < d; t++) {
                    x[((b * perBlob) + p) * d + t] = centre[t] + (float) (r.nextGaussian() * spread);
                }
            }
        }
        return x;
    }

    @Test
    void separatedBlobsEachBecomeOneCluster() {
        int d = 8;
        float[] x = blobs(5, 200, d, 0.5, 1);
        KMeans.Result r = KMeans.fit(x, 1000, d, 5, 100, 42);
        Set<Integer> seen = new HashSet<>();
        for (int b = 0; b < 5; b++) {
            int label = r.labels()[b * 200];
            for (int p = 0; p < 200; p++) {
                assertThat(r.labels()[b * 200 + p]).isEqualTo(label);
            }
            seen.add(label);
        }
        assertThat(seen).hasSize(5);
        assertThat(r.iterations()).isLessThan(100);
    }

    @Test
    void theSameSeedGivesTheSameClustersAndKIsAtMostTheVectors() {
        int d = 4;
        float[] x = blobs(3, 50, d, 3, 2);
        KMeans.Result a = KMeans.fit(x, 150, d, 7, 100, 42);
        KMeans.Result b = KMeans.fit(x, 150, d, 7, 100, 42);
        assertThat(a.labels()).isEqualTo(b.labels());
        assertThat(a.centroids()).isEqualTo(b.centroids());
        assertThat(KMeans.fit(x, 3, d, 7, 100, 42).k()).isEqualTo(3);
    }
}
