package dev.clipsift.spark;

import dev.clipsift.cli.RunArguments;
import dev.clipsift.dedup.DedupFamily;
import dev.clipsift.engine.FamilyRegistry;
import dev.clipsift.engine.StageFamily;
import dev.clipsift.io.Json;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.run.CurationRun;
import dev.clipsift.run.Ids;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunFolder;
import dev.clipsift.run.RunOptions;
import dev.clipsift.run.RunSummarizer;
import dev.clipsift.source.S3Location;
import dev.clipsift.source.Source;
import dev.clipsift.source.SourceItem;
import dev.clipsift.source.Sources;
import dev.clipsift.store.OutputStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The driver's side of a curation on Spark. It resolves the {@code clipsift run} flags, saves the run's manifest
 * (so every task finds one run), lists the input with core's {@link Sources}, cuts the videos into groups and
 * runs one Spark task per group ({@link GroupRun}: the per-video stages into the shared output). It then ends the
 * run with core's {@link RunSummarizer}, as {@code clipsift summarize} does: the filter pass, the families' passes
 * (embeddings, dedup, shards) and the merged {@code summary.json}, dedup's semantic step on Spark MLlib when the
 * embeddings are too large for the driver ({@link SparkSemanticSearch}). Settings of its own are Spark conf keys:
 * {@value #VIDEOS_PER_TASK} (default: the videos spread over twice the default parallelism) and
 * {@value #DEDUP_IN_MEMORY_MB} (default: a quarter of the driver's heap).
 */
final class CurateJob {
    static final String VIDEOS_PER_TASK = "spark.clipsift.videosPerTask";
    static final String DEDUP_IN_MEMORY_MB = "spark.clipsift.dedup.inMemoryMaxMb";
    private static final Pattern LOCAL = Pattern.compile("local\\[[^,\\]]+,\\s*(\\d+)]");

    /** What the job did: each task's report and what summarizing found. */
    record Outcome(List<PartReport> parts, RunSummarizer.Merged merged, String output) {}

    private CurateJob() {}

    static Outcome run(SparkSession spark, RunArguments args, String[] flags, Consumer<String> warnings)
            throws Exception {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        RunConfig config = args.config();
        if (!S3Location.isS3(args.output()) && !Path.of(args.output()).isAbsolute() && !sc.isLocal()) {
            throw new IllegalArgumentException("--output " + args.output()
                    + ": a folder output of a cluster job must be an absolute path that every executor mounts");
        }
        try (Sources sources = args.sources(warnings);
                OutputStore remote = args.store()) {
            RunOptions options = args.options(args.threads(), null);
            RunConfig prepared = new CurationRun(args.folder(), remote, sources, options, RunListener.NONE, warnings)
                    .prepare(config);
            List<String> ids = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            try (Source source = sources.open(prepared.input());
                    Stream<SourceItem> listing = source.list()) {
                Iterable<SourceItem> items =
                        (prepared.limit() > 0 ? listing.limit(prepared.limit()) : listing)::iterator;
                for (SourceItem item : items) {
                    ids.add(Ids.video(source.relativeName(item)));
                    shown.add(item.path());
                }
            }
            List<VideoGroup> groups = VideoGroup.of(ids, shown, videosPerTask(spark, ids.size()));
            EarlierParts.remove(new RunFolder(args.folder()), remote);
            List<PartReport> parts = List.of();
            if (!groups.isEmpty()) {
                sc.setJobGroup(
                        "clipsift-videos",
                        "clipsift: per-video stages (" + ids.size() + " videos, " + groups.size() + " tasks)",
                        false);
                GroupRun work = new GroupRun(flags, Json.mapper().writeValueAsString(prepared), maxFailures(sc));
                parts = sc.parallelize(groups, groups.size())
                        .setName("clipsift videos of " + args.output())
                        .map(work)
                        .collect();
            }
            sc.setJobGroup("clipsift-end", "clipsift: filters, passes (dedup, shards) and summary", false);
            try {
                RunOptions end = new RunOptions(
                        options.threads(),
                        options.gpus(),
                        withSparkDedup(
                                options.families(), spark, dedupInMemoryBytes(spark), parts(args, flags, remote)),
                        false);
                RunSummarizer.Merged merged =
                        new RunSummarizer(args.folder(), remote, sources, end, RunListener.NONE, warnings).summarize();
                return new Outcome(
                        parts,
                        merged,
                        remote != null ? remote.location() : args.folder().toString());
            } finally {
                sc.clearJobGroup();
            }
        }
    }

    private static PartFiles parts(RunArguments args, String[] flags, OutputStore remote) {
        return remote != null ? PartFiles.fromStore(flags) : PartFiles.shared(args.folder());
    }

    /** {@code families} with dedup's semantic step on Spark. */
    static FamilyRegistry withSparkDedup(
            FamilyRegistry families, SparkSession spark, long inMemoryMaxBytes, PartFiles parts) {
        List<StageFamily<?>> list = new ArrayList<>();
        for (StageFamily<?> f : families.families()) {
            list.add(
                    f instanceof DedupFamily
                            ? new DedupFamily(new SparkSemanticSearch(spark, inMemoryMaxBytes, parts))
                            : f);
        }
        return FamilyRegistry.of(list);
    }

    /**
     * {@value #VIDEOS_PER_TASK} ({@code --conf} or the session's conf), else the videos spread over twice the
     * default parallelism: some slack when videos take unequal times, while each task's fixed cost (its stages'
     * set-up, models loaded, the input listed) is paid by few tasks (docs/benchmarks.md).
     */
    static int videosPerTask(SparkSession spark, int videos) {
        int given = Integer.parseInt(spark.conf().get(VIDEOS_PER_TASK, "0"));
        if (given > 0) {
            return given;
        }
        int slots = Math.max(1, spark.sparkContext().defaultParallelism() * 2);
        return Math.max(1, (videos + slots - 1) / slots);
    }

    private static long dedupInMemoryBytes(SparkSession spark) {
        long mb = Long.parseLong(spark.conf().get(DEDUP_IN_MEMORY_MB, "-1"));
        return mb >= 0 ? mb << 20 : Runtime.getRuntime().maxMemory() / 4;
    }

    /** How often Spark runs a failing task: {@code local[N,F]}'s F or 1 in local mode, else spark.task.maxFailures. */
    static int maxFailures(JavaSparkContext sc) {
        SparkConf conf = sc.getConf();
        String master = conf.get("spark.master", "");
        if (master.startsWith("local")) {
            Matcher m = LOCAL.matcher(master);
            return m.matches() ? Integer.parseInt(m.group(1)) : 1;
        }
        return conf.getInt("spark.task.maxFailures", 4);
    }
}
