package dev.clipsift.spark;

import dev.clipsift.cli.RunArguments;
import dev.clipsift.run.RunSummarizer;
import dev.clipsift.video.NativeLog;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

/**
 * The Spark application: {@code spark-submit --class dev.clipsift.spark.SparkCurate clipsift-spark.jar --input
 * SRC --output OUT [the flags of clipsift run]}. Runs the curation as {@code clipsift run} would, spread over the
 * cluster ({@link CurateJob}), then prints the totals as {@code run} does. Failed videos are recorded and printed,
 * never a failed application; the application fails (exit 1) only on bad flags or when some videos could not be
 * done at all (the job is then resubmitted as it was, and does only those).
 */
public final class SparkCurate {
    private SparkCurate() {}

    public static void main(String[] args) {
        NativeLog.toSlf4j();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            RunArguments parsed = RunArguments.parse(out, args);
            if (parsed == null) {
                return;
            }
            SparkSession spark = SparkSession.builder()
                    .appName("clipsift " + parsed.output())
                    .getOrCreate();
            try {
                code = run(spark, parsed, args, out, err);
            } finally {
                spark.stop();
            }
        } catch (CommandLine.ParameterException e) {
            err.println("clipsift-spark: " + e.getMessage());
            code = 1;
        } catch (Exception e) {
            err.println("clipsift-spark: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            code = 1;
        }
        if (code == 1) {
            System.exit(1);
        }
    }

    /**
     * Runs the job in {@code spark} and prints what it did; returns 1 when videos are missing (none of the run's
     * end was written), else 0 even when some videos failed (their errors are printed and recorded).
     */
    static int run(SparkSession spark, RunArguments parsed, String[] args, PrintWriter out, PrintWriter err)
            throws Exception {
        CurateJob.Outcome done = CurateJob.run(spark, parsed, args, w -> err.println("warning: " + w));
        for (PartReport p : done.parts()) {
            if (p.error() != null) {
                err.println("task " + p.group() + " failed: " + p.error());
            }
        }
        RunSummarizer.Merged merged = done.merged();
        if (!merged.complete()) {
            merged.running().forEach(r -> err.println("clipsift-spark: still in use by another run: " + r));
            err.println("clipsift-spark: " + merged.missingVideos().size() + " videos not done (submit the job again"
                    + " to do them): " + String.join(", ", merged.missingVideos()));
            return 1;
        }
        String shown = done.output().endsWith("/") ? done.output() + "summary.json" : done.output() + "/summary.json";
        RunArguments.print(merged.summary(), shown, out, err);
        return 0;
    }
}
