package dev.clipsift.cli;

import dev.clipsift.run.RunSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** What {@code run} and {@code resume} print when done, and their exit code. */
final class RunReport {
    private RunReport() {}

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
