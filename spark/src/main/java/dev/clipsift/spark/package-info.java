/**
 * ClipSift as an Apache Spark application ({@link dev.clipsift.spark.SparkCurate}, submitted with
 * {@code spark-submit}): the driver lists the input, executor tasks run the per-video stages of core's
 * {@code CurationRun} on groups of videos into the shared output, and the driver ends the run with core's
 * {@code RunSummarizer} (filter pass, dedup, shards, {@code summary.json}), semantic dedup's k-means on
 * Spark MLlib when the embeddings are too large for the driver.
 */
@NullMarked
package dev.clipsift.spark;

import org.jspecify.annotations.NullMarked;
