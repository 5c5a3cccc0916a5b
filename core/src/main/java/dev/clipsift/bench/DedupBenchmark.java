package dev.clipsift.bench;

import dev.clipsift.dedup.DedupConfig;
import dev.clipsift.dedup.KMeans;
import dev.clipsift.dedup.SemanticPairs;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Semantic dedup at scale, without a run: {@code n} synthetic unit embeddings of {@code dim} values, then the
 * dedup pass's semantic step on them (k-means with the given settings, then the pairs within each cluster),
 * each step timed, with the Java heap's peak over both. The embeddings imitate a dataset's: points of a
 * {@code intrinsic}-dimensional Gaussian mapped into {@code dim} dimensions by a fixed random matrix (real
 * descriptors of video are far from isotropic), with {@code copies} of them near-copies of another point (a
 * little noise: cosine about 0.998), so pairs exist to be found.
 */
public final class DedupBenchmark {
    private DedupBenchmark() {}

    public record Result(
            int n,
            int dim,
            int clusters,
            int iterations,
            double kmeansS,
            double pairsS,
            long pairs,
            long vectorBytes,
            long peakHeapBytes) {}

    public static Result run(int n, int dim, int intrinsic, double copies, DedupConfig config, long seed) {
        float[] x = embeddings(n, dim, intrinsic, copies, seed);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        KMeans.Result clusters = SemanticPairs.cluster(x, n, dim, config);
        long t1 = System.nanoTime();
        AtomicLong pairs = new AtomicLong();
        SemanticPairs.pairs(x, dim, clusters, config, (a, b, cos) -> pairs.incrementAndGet());
        long t2 = System.nanoTime();
        long heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        return new Result(
                n,
                dim,
                clusters.k(),
                clusters.iterations(),
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                pairs.get(),
                4L * x.length,
                heap);
    }

    /** The synthetic embeddings, unit rows of one flat array. */
    static float[] embeddings(int n, int dim, int intrinsic, double copies, long seed) {
        Random r = new Random(seed);
        float[] basis = new float[dim * intrinsic];
        for (int i = 0; i < basis.length; i++) {
            basis[i] = (float) r.nextGaussian();
        }
        float[] x = new float[n * dim];
        double[] z = new double[intrinsic];
        for (int i = 0; i < n; i++) {
            int row = i * dim;
            if (i > 0 && r.nextDouble() < copies) {
                int of = r.nextInt(i);
                for (int t = 0; t < dim; t++) {
                    x[row + t] = x[of * dim + t] + (float) (r.nextGaussian() * 0.04 / Math.sqrt(dim));
                }
            } else {
                for (int k = 0; k < intrinsic; k++) {
                    z[k] = r.nextGaussian();
                }
                for (int t = 0; t < dim; t++) {
                    double s = 0;
                    for (int k = 0; k < intrinsic; k++) {
                        s += basis[t * intrinsic + k] * z[k];
                    }
                    x[row + t] = (float) s;
                }
            }
            normalise(x, row, dim);
        }
        return x;
    }

    private static void normalise(float[] x, int row, int dim) {
        double s = 0;
        for (int t = 0; t < dim; t++) {
            s += x[row + t] * x[row + t];
        }
        float inv = (float) (1 / Math.sqrt(s));
        for (int t = 0; t < dim; t++) {
            x[row + t] *= inv;
        }
    }
}
