package dev.clipsift.spark;

import dev.clipsift.dedup.DedupConfig;
import dev.clipsift.dedup.SemanticPairs;
import dev.clipsift.dedup.SemanticSearch;
import dev.clipsift.model.EmbeddingRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Semantic dedup's search on the cluster, for embeddings too large for the driver: when the run's vectors
 * ({@code clips x dim x 4} bytes as floats) exceed {@code inMemoryMaxBytes}, executors read them from the parts
 * ({@link VectorRows}), Spark MLlib's {@link KMeans} clusters them ({@code n_clusters}, {@code max_iter},
 * {@code seed}; k-means|| seeding, Euclidean distance on unit vectors as core's), and each cluster's close pairs
 * are found on an executor by core's code ({@link ClusterPairs}); only the pairs come back to the driver. Below
 * the limit it is core's in-memory search. MLlib's clusters are not core's (another seeding, its tolerance), so
 * the pairs found across what would be a cluster boundary may differ; with {@code n_clusters} 1 (no k-means: one
 * cluster of every vector, 0 iterations) both find exactly the pairs of a full comparison.
 */
final class SparkSemanticSearch implements SemanticSearch {
    private static final Logger LOG = LoggerFactory.getLogger(SparkSemanticSearch.class);

    private final SparkSession spark;
    private final long inMemoryMaxBytes;
    private final PartFiles files;

    SparkSemanticSearch(SparkSession spark, long inMemoryMaxBytes, PartFiles files) {
        this.spark = spark;
        this.inMemoryMaxBytes = inMemoryMaxBytes;
        this.files = files;
    }

    @Override
    public Clusters find(Path root, List<EmbeddingRef> refs, int dim, DedupConfig config, SemanticPairs.Sink sink)
            throws Exception {
        long bytes = (long) refs.size() * dim * Float.BYTES;
        if (bytes <= inMemoryMaxBytes) {
            LOG.info("semantic dedup in the driver's memory: {} clips of {} ({} bytes)", refs.size(), dim, bytes);
            return SemanticSearch.IN_MEMORY.find(root, refs, dim, config, sink);
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int k = Math.min(config.nClusters(), refs.size());
        sc.setJobGroup(
                "clipsift-dedup",
                String.format(
                        Locale.ROOT, "clipsift: semantic dedup (KMeans k=%d, %d clips of %d)", k, refs.size(), dim),
                false);
        try {
            Dataset<Row> vectors = vectors(sc, refs, dim).cache();
            Dataset<Row> assigned;
            List<Integer> sizes;
            int iterations;
            if (k < 2) {
                // MLlib wants k >= 2; one cluster is every vector, no iteration needed
                assigned = vectors.withColumn("cluster", functions.lit(0));
                sizes = List.of(refs.size());
                iterations = 0;
            } else {
                KMeansModel model = new KMeans()
                        .setK(k)
                        .setMaxIter(config.maxIter())
                        .setSeed(config.seed())
                        .setFeaturesCol("features")
                        .setPredictionCol("cluster")
                        .fit(vectors);
                assigned = model.transform(vectors);
                sizes = Arrays.stream(model.summary().clusterSizes())
                        .mapToObj(n -> (int) n)
                        .toList();
                iterations = model.summary().numIter();
            }
            Iterator<long[]> pairs = assigned.select("cluster", "id", "features")
                    .javaRDD()
                    .mapToPair(r -> new Tuple2<>(r.getInt(0), new Tuple2<>(r.getInt(1), ((Vector) r.get(2)).toArray())))
                    .groupByKey()
                    .flatMap(new ClusterPairs(dim, 1 - config.epsToExtract(), config.seed()))
                    .toLocalIterator();
            while (pairs.hasNext()) {
                long[] p = pairs.next();
                sink.pair((int) p[0], (int) p[1], Float.intBitsToFloat((int) p[2]));
            }
            vectors.unpersist();
            return new Clusters(sizes, iterations);
        } finally {
            sc.clearJobGroup();
        }
    }

    /** The refs as rows {@code id, file, row, pending}, spread over the executors, read into {@code id, features}. */
    private Dataset<Row> vectors(JavaSparkContext sc, List<EmbeddingRef> refs, int dim) {
        List<Row> rows = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            EmbeddingRef e = refs.get(i);
            rows.add(RowFactory.create(i, e.file(), e.row(), e.pending()));
        }
        int slices = Math.max(1, Math.min(refs.size(), sc.defaultParallelism() * 2));
        JavaRDD<Row> read = sc.parallelize(rows, slices).mapPartitions(new VectorRows(files, dim));
        StructType schema = new StructType()
                .add("id", DataTypes.IntegerType, false)
                .add("features", SQLDataTypes.VectorType(), false);
        return spark.createDataFrame(read, schema);
    }
}
