package dev.clipsift.cli;

import dev.clipsift.pipeline.PipelineRunner;
import dev.clipsift.run.CurationRun;
import dev.clipsift.run.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * How {@code run} and {@code resume} execute: a progress bar on stderr, Ctrl-C cancels cleanly (the clips being
 * encoded are dropped, no temp file stays; {@code resume} continues), then the totals on stdout, failures on
 * stderr, and the exit code.
 */
final class RunSession {
    /** Starts or resumes the run. */
    interface Action {
        RunSummary apply(CurationRun run) throws IOException, InterruptedException;
    }

    /** The options {@code run} and {@code resume} share. */
    static final class Options {
        @Option(names = "--threads", paramLabel = "N", description = "CPU threads to use (default: the number of cores).")
        Integer threads;

        @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
        boolean quiet;
    }

    private RunSession() {}

    static int execute(CommandSpec spec, Path output, Options options, Action action)
            throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        int n = options.threads != null ? options.threads : PipelineRunner.defaultThreads();
        boolean quiet = options.quiet;
        RunSummary summary;
        CountDownLatch ended = new CountDownLatch(1);
        try (RunProgress progress = new RunProgress(!quiet)) {
            CurationRun run = new CurationRun(output, n, progress, w -> err.println("warning: " + w));
            Thread onInterrupt = new Thread(() -> {
                run.cancel();
                awaitQuietly(ended);
            }, "cancel-run");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try {
                summary = action.apply(run);
            } finally {
                ended.countDown();
                removeQuietly(onInterrupt);
            }
        }
        return print(summary, output, spec.commandLine().getOut(), err);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook is running
        }
    }

    static int print(RunSummary s, Path output, PrintWriter out, PrintWriter err) {
        out.printf(Locale.ROOT, "%d videos (%d ok, %d failed), %d clips (%d failed), %.1f s of video -> %.1f s of clips, %d bytes%n",
                s.inputs(), s.inputsOk(), s.inputsFailed(), s.clips(), s.clipsFailed(), s.videoS(), s.clipS(), s.clipBytes());
        RunSummary.Session session = s.session();
        out.printf(Locale.ROOT, "this session: %d videos processed, %d already done, %.1f s, %.1f s of video per second%n",
                session.videosProcessed(), session.skippedDone(), session.wallS(), session.videoSecondsPerSecond());
        out.println("summary: " + output.resolve("summary.json"));
        out.flush();
        for (RunSummary.Failure f : s.failures()) {
            err.println("failed: " + f.video() + ": " + f.errors());
        }
        return s.anyFailed() ? ExitCodes.SOME_ITEMS_FAILED : ExitCodes.OK;
    }
}
