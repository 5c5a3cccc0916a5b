package dev.clipsift.spark;

import dev.clipsift.cli.RunArguments;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** One Spark {@code local[2]} session for the test JVM (it takes seconds to start), and jobs run in it. */
final class LocalSpark {
    private static SparkSession spark;

    private LocalSpark() {}

    static synchronized SparkSession session() {
        if (spark == null) {
            spark = SparkSession.builder()
                    .master("local[2]")
                    .appName("clipsift-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
        }
        return spark;
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
