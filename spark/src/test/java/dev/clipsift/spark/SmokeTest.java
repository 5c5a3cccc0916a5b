package dev.clipsift.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.source.S3TestServer;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void sparkStarts() throws Exception {
        String bucket = S3TestServer.newBucket();
        try (SparkSession s = SparkSession.builder()
                .master("local[2]")
                .appName("smoke")
                .config("spark.ui.enabled", "false")
                .getOrCreate()) {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(s.sparkContext());
            long n = sc.parallelize(List.of(1, 2, 3, 4), 2).map(i -> i * 2).count();
            assertThat(n).isEqualTo(4);
            assertThat(bucket).isNotEmpty();
        }
    }
}
