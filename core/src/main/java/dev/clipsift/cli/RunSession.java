package dev.clipsift.cli;

import dev.clipsift.engine.FamilyRegistry;
import dev.clipsift.io.Json;
import dev.clipsift.pipeline.Gpus;
import dev.clipsift.pipeline.RunHandle;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.run.CurationRun;
import dev.clipsift.run.RunOptions;
import dev.clipsift.run.RunSummary;
import dev.clipsift.run.VideoSelection;
import dev.clipsift.source.S3Location;
import dev.clipsift.source.SafePaths;
import dev.clipsift.source.Sources;
import dev.clipsift.store.OutputInUse;
import dev.clipsift.store.OutputStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How {@code run} and {@code resume} execute: a progress bar on stderr, Ctrl-C cancels cleanly (the clips being
 * encoded are dropped, no temp file stays; {@code resume} continues), then the totals on stdout, failures on
 * stderr, and the exit code.
 */
final class RunSession {
    /** Starts or resumes the run. */
    interface Action {
        RunHandle<RunSummary> apply(CurationRun run);
    }

    /** The options {@code run} and {@code resume} share. */
    static final class Options {
        @Mixin
        SharedOptions.All shared;

        @Option(
                names = "--staging",
                paramLabel = "DIR",
                description =
                        "Local staging folder of an s3:// output (default: under --cache-dir). Keeps the records; clip files are deleted once uploaded.")
        Path staging;

        @Option(
                names = "--gpus",
                paramLabel = "N",
                description =
                        "GPUs the run may use (default: $CLIPSIFT_GPUS, else the NVIDIA GPUs the driver lists, within $CUDA_VISIBLE_DEVICES).")
        Integer gpus;

        @Mixin
        RunS3Options s3;

        @Mixin
        ToolOptions tools;

        /** Set by {@code resume --retry-failed}. */
        boolean retryFailed;

        /** Which videos this process works on: set by {@code --shard} ({@link ShardOption}). */
        VideoSelection part = VideoSelection.all();

        private final FamilyRegistry families = FamilyRegistry.discover();

        FamilyRegistry families() {
            return families;
        }

        RunOptions runOptions(int threads) {
            return new RunOptions(
                    threads, gpus == null ? null : Gpus.first(Gpus.count(gpus)), families, retryFailed, part);
        }

        /** The local run folder: the output itself, or the staging folder of an s3:// output. */
        Path folder(CommandSpec spec, String output) {
            if (!S3Location.isS3(output)) {
                if (staging != null) {
                    throw new ParameterException(spec.commandLine(), "--staging is for s3:// outputs only");
                }
                return Path.of(output);
            }
            if (staging != null) {
                return staging;
            }
            S3Location at = S3Location.parse(output);
            Path staging =
                    shared.cacheDir.get().resolve("runs").resolve(SafePaths.relative(at.bucket() + "/" + at.key()));
            // parts of a split run on one host must not share a staging folder (each cleans its own)
            return part.isAll() ? staging : staging.resolveSibling(staging.getFileName() + "@" + part.name());
        }
    }

    private RunSession() {}

    /**
     * What a run reads and writes through, opened from the options: its sources, its remote store (an s3://
     * output) and the engine over them; closing it closes the first two.
     */
    static final class Opened implements AutoCloseable {
        final Sources sources;
        final @Nullable OutputStore remote;
        final CurationRun run;

        Opened(CommandSpec spec, String output, Options options, RunListener listener, Consumer<String> warnings) {
            Path folder = options.folder(spec, output);
            sources = new Sources(
                    options.s3.input(), options.tools.settings(), options.shared.cacheDir.downloads(), warnings);
            try {
                remote = S3Location.isS3(output) ? OutputStore.open(output, options.s3.output()) : null;
            } catch (RuntimeException e) {
                sources.close();
                throw e;
            }
            int n = options.shared.threads.get();
            run = new CurationRun(folder, remote, sources, options.runOptions(n), listener, warnings);
        }

        @Override
        public void close() {
            try {
                if (remote != null) {
                    remote.close();
                }
            } finally {
                sources.close();
            }
        }
    }

    static int execute(CommandSpec spec, String output, Options options, Action action) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        boolean quiet = options.shared.quiet.get();
        Consumer<String> warnings = w -> err.println("warning: " + w);
        RunSummary summary;
        String shown;
        try (RunProgress progress = new RunProgress(!quiet);
                Opened opened = new Opened(spec, output, options, progress, warnings)) {
            CurationRun run = opened.run;
            String file = options.part.isAll()
                    ? "summary.json"
                    : run.folder()
                            .root()
                            .relativize(run.folder().partitionRecord(options.part))
                            .toString();
            shown = opened.remote != null
                    ? opened.remote.location() + file
                    : run.folder().root().resolve(file).toString();
            RunHandle<RunSummary> handle = action.apply(run);
            try (Interrupts.OnShutdown onCtrlC = Interrupts.cancelOnShutdown(handle::cancel)) {
                summary = handle.result();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof OutputInUse busy) {
                    err.println("clipsift: " + busy.getMessage());
                    return ExitCodes.OUTPUT_IN_USE;
                }
                throw e.getCause() instanceof Exception c ? c : new IOException(e.getCause());
            }
        }
        return print(summary, shown, spec.commandLine().getOut(), err);
    }

    /**
     * A stage's counters as {@code requests 12 (3.1/s), output_tokens 3456 (890.2/s)}; a time in microseconds
     * ({@code encode_us}) as milliseconds, without a rate.
     */
    private static String counters(RunSummary.ScorerStat st) {
        List<String> parts = new ArrayList<>();
        st.counts().forEach((k, v) -> {
            if (k.endsWith("_us")) {
                parts.add(String.format(Locale.ROOT, "%s %.1f ms", k.substring(0, k.length() - 3), v / 1000.0));
                return;
            }
            Double rate = st.perSecond() == null ? null : st.perSecond().get(k);
            parts.add(k + " " + v + (rate != null && v > 0 ? String.format(Locale.ROOT, " (%.1f/s)", rate) : ""));
        });
        return String.join(", ", parts);
    }

    static int print(RunSummary s, String summaryShown, PrintWriter out, PrintWriter err) {
        out.printf(
                Locale.ROOT,
                "%d videos (%d ok, %d failed), %d clips (%d failed), %.1f s of video -> %.1f s of clips, %d bytes%n",
                s.inputs(),
                s.inputsOk(),
                s.inputsFailed(),
                s.clips(),
                s.clipsFailed(),
                s.videoS(),
                s.clipS(),
                s.clipBytes());
        RunSummary.Session session = s.session();
        out.printf(
                Locale.ROOT,
                "this session: %d videos processed, %d already done, %.1f s, %.1f s of video per second%n",
                session.videosProcessed(),
                session.skippedDone(),
                session.wallS(),
                session.videoSecondsPerSecond());
        if (!s.filters().isEmpty()) {
            FilterCommand.printFilters(out, s.filters());
        }
        for (RunSummary.ScorerStat st : session.scorers()) {
            if (st.counts() != null) {
                out.println(st.stage() + ": " + counters(st));
            }
        }
        s.passes().forEach((name, done) -> out.println(name + ": " + Json.writeLine(done)));
        out.println("summary: " + summaryShown);
        out.flush();
        for (RunSummary.Failure f : s.failures()) {
            err.println("failed: " + f.video() + ": " + f.errors());
        }
        return s.anyFailed() ? ExitCodes.SOME_ITEMS_FAILED : ExitCodes.OK;
    }
}
