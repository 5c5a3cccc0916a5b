package dev.clipsift.spark;

import dev.clipsift.cli.RunArguments;
import dev.clipsift.io.Json;
import dev.clipsift.pipeline.OneLine;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.run.CurationRun;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunConfigReader;
import dev.clipsift.run.RunOptions;
import dev.clipsift.run.RunSummary;
import dev.clipsift.run.VideoSelection;
import dev.clipsift.source.Sources;
import dev.clipsift.store.OutputStore;
import dev.clipsift.video.NativeLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Spark task's work: core's {@link CurationRun} restricted to one {@link VideoGroup}
 * ({@link VideoSelection#ids}), into the run's output with the driver's settings, so the per-video stages run with
 * the same code and resume the same way (a video with a finished record is skipped). A video's failure is recorded
 * in its record and never fails the task. When the task itself fails (a full disk, the store unreachable) Spark
 * tries it again, up to {@code spark.task.maxFailures}; after the last attempt the failure is reported instead of
 * thrown, so the other groups finish and a resubmitted job takes up this one. With an {@code s3://} output each
 * attempt stages in a folder of its own beside the run's staging folder, deleted when the attempt ends.
 */
final class GroupRun implements Function<VideoGroup, PartReport> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(GroupRun.class);

    private final String[] args;
    private final String config;
    private final int maxFailures;

    /**
     * @param args the job's {@code clipsift run} flags
     * @param config the run's settings as the driver resolved them (JSON)
     */
    GroupRun(String[] args, String config, int maxFailures) {
        this.args = args.clone();
        this.config = config;
        this.maxFailures = maxFailures;
    }

    @Override
    public PartReport call(VideoGroup group) throws Exception {
        TaskContext task = TaskContext.get();
        long t0 = System.nanoTime();
        try {
            return run(group, task, t0);
        } catch (Exception e) {
            if (task != null && task.attemptNumber() + 1 < maxFailures) {
                throw e;
            }
            LOG.error("clipsift: videos {} not done: {}", group.shown(), OneLine.of(e), e);
            return new PartReport(group.index(), 0, 0, List.of(), seconds(t0), OneLine.of(e));
        }
    }

    private PartReport run(VideoGroup group, @Nullable TaskContext task, long t0) throws Exception {
        NativeLog.toSlf4j();
        RunArguments a = RunArguments.parse(new PrintWriter(Writer.nullWriter()), args);
        if (a == null) {
            throw new IllegalStateException("no run flags");
        }
        TaskResources res = TaskResources.current(SparkEnv.get().conf());
        RunOptions options = a.options(res.threads(), res.gpus()).withSelection(VideoSelection.ids(group.ids()));
        RunConfig settings =
                new RunConfigReader(options.families()).read(Json.mapper().readTree(config), "the driver");
        try (Sources sources = a.sources(w -> LOG.warn("clipsift: {}", w));
                OutputStore remote = a.store()) {
            Path folder = remote == null ? a.folder() : staging(a.folder(), group, task);
            try {
                CurationRun run =
                        new CurationRun(folder, remote, sources, options, RunListener.NONE, w -> LOG.warn("{}", w));
                RunSummary part = run.start(settings);
                List<String> failures = part.failures().stream()
                        .map(f -> f.video() + ": " + f.errors())
                        .toList();
                return new PartReport(
                        group.index(),
                        part.session().videosProcessed(),
                        part.session().skippedDone(),
                        failures,
                        seconds(t0),
                        null);
            } finally {
                if (remote != null) {
                    delete(folder);
                }
            }
        }
    }

    /** The attempt's own staging folder: {@code <run staging>.spark/group-G-attempt-A}. */
    private static Path staging(Path runStaging, VideoGroup group, @Nullable TaskContext task) {
        int attempt = task == null ? 0 : task.attemptNumber();
        return runStaging
                .resolveSibling(runStaging.getFileName() + ".spark")
                .resolve("group-" + group.index() + "-attempt-" + attempt);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
