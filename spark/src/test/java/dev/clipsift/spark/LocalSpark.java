package dev.clipsift.spark;

import dev.clipsift.cli.RunArguments;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/** One Spark {@code local[2]} session for the test JVM (it takes seconds to start), and jobs run in it. */
final class LocalSpark {
    private static SparkSession spark;
    private static final List<String> DESCRIPTIONS = new CopyOnWriteArrayList<>();

    private LocalSpark() {}

    static synchronized SparkSession session() {
        if (spark == null) {
            spark = SparkSession.builder()
                    .master("local[2]")
                    .appName("clipsift-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    // S3Mock's Tomcat sets the JVM's URL stream handler factory; Spark must not take it first
                    .config("spark.sql.defaultUrlStreamHandlerFactory.enabled", "false")
                    .getOrCreate();
            spark.sparkContext().addSparkListener(new SparkListener() {
                @Override
                public void onJobStart(SparkListenerJobStart job) {
                    DESCRIPTIONS.add(String.valueOf(job.properties().getProperty("spark.job.description")));
                }
            });
        }
        return spark;
    }

    /** The descriptions of the jobs started so far (as Spark's UI shows them), once one matches {@code wanted}. */
    static List<String> jobDescriptions(String wanted) throws InterruptedException {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (DESCRIPTIONS.stream().noneMatch(d -> d.matches(wanted)) && System.nanoTime() < until) {
            Thread.sleep(20); // the listener bus delivers events on its own thread
        }
        return List.copyOf(DESCRIPTIONS);
    }

    /** What a job printed and returned. */
    record Job(int exitCode, String out, String err) {}

    /** Runs the application on {@code args} (the flags of {@code clipsift run}) with the session conf {@code conf}. */
    static Job run(Map<String, String> conf, String... args) throws Exception {
        SparkSession s = session();
        conf.forEach(s.conf()::set);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            RunArguments parsed = RunArguments.parse(new PrintWriter(out, true), args);
            int code = SparkCurate.run(s, parsed, args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Job(code, out.toString(), err.toString());
        } finally {
            conf.keySet().forEach(s.conf()::unset);
        }
    }

    /** The repository's sample clips ({@code assets/samples}), found above the working directory. */
    static Path samples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("assets/samples"))) {
                return dir.resolve("assets/samples");
            }
        }
        throw new IllegalStateException(
                "assets/samples not found above " + Path.of("").toAbsolutePath());
    }
}
