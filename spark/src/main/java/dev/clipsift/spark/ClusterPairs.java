package dev.clipsift.spark;

import dev.clipsift.dedup.SemanticPairs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import scala.Tuple2;

/**
 * On an executor: the close pairs within one k-means cluster (its members' ids and unit vectors), found by core's
 * {@link SemanticPairs#within} exactly as the in-memory dedup does per cluster; out come {@code {a, b, cos bits}}
 * with {@code a < b} the members' row ids.
 */
final class ClusterPairs implements FlatMapFunction<Tuple2<Integer, Iterable<Tuple2<Integer, double[]>>>, long[]> {
    private static final long serialVersionUID = 1L;

    private final int dim;
    private final double minCos;
    private final long seed;

    ClusterPairs(int dim, double minCos, long seed) {
        this.dim = dim;
        this.minCos = minCos;
        this.seed = seed;
    }

    @Override
    public Iterator<long[]> call(Tuple2<Integer, Iterable<Tuple2<Integer, double[]>>> cluster) {
        List<Tuple2<Integer, double[]>> members = new ArrayList<>();
        cluster._2().forEach(members::add);
        members.sort(Comparator.comparing(Tuple2::_1));
        float[] x = new float[members.size() * dim];
        int[] rows = new int[members.size()];
        for (int i = 0; i < members.size(); i++) {
            double[] v = members.get(i)._2();
            for (int t = 0; t < dim; t++) {
                x[i * dim + t] = (float) v[t];
            }
            rows[i] = i;
        }
        List<long[]> out = Collections.synchronizedList(new ArrayList<>());
        SemanticPairs.within(x, dim, rows, minCos, seed, (a, b, cos) -> {
            int p = members.get(a)._1();
            int q = members.get(b)._1();
            out.add(new long[] {Math.min(p, q), Math.max(p, q), Float.floatToIntBits(cos)});
        });
        return out.iterator();
    }
}
