package dev.clipsift.cli;

import dev.clipsift.bench.ProbeBenchmark;
import dev.clipsift.source.LocalLister;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "probe",
        mixinStandardHelpOptions = true,
        description = {
            "Probe every video under DIR: cold, then warm from the cache, and with ffprobe once per file.",
            "Each steady (start-up excluded on both sides) and as whole processes (`clipsift probe` in a fresh JVM).",
            "Reports files/s and both ratios. The ffprobe side is skipped with a message when ffprobe is absent."
        })
final class BenchProbeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Mixin
    SharedOptions.Threads threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = new LocalLister().list(dir).toList();
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no video files under " + dir);
        }
        int n = threads.get();
        spec.commandLine().getErr().println("benchmarking probe over " + files.size() + " files, " + n + " threads...");
        ProbeBenchmark.Result r = ProbeBenchmark.run(files, n);
        out.printf(Locale.ROOT, "| side | seconds | files/s |%n|---|---|---|%n");
        row(out, r, "clipsift cold, steady (in a warm JVM, empty cache)", r.coldS());
        row(out, r, "clipsift warm, steady (cache reopened)", r.warmS());
        row(out, r, "clipsift cold, whole process (`clipsift probe --no-cache`)", r.coldWholeS());
        row(out, r, "clipsift warm, whole process (a second `clipsift probe`)", r.warmWholeS());
        if (r.ffprobeS() != null) {
            row(out, r, "ffprobe per file, whole processes", r.ffprobeS());
            row(out, r, "ffprobe start-up alone (`ffprobe -version` per file)", r.ffprobeStartupS());
            row(out, r, "ffprobe per file minus start-up, steady", r.ffprobeSteadyS());
            out.println();
            out.printf(
                    Locale.ROOT,
                    "clipsift vs ffprobe, cold: steady %s, whole process %s%n",
                    faster(r.ffprobeSteadyS() / r.coldS()),
                    faster(r.ffprobeS() / r.coldWholeS()));
            out.printf(
                    Locale.ROOT,
                    "clipsift vs ffprobe, warm (cache): steady %s, whole process %s%n",
                    faster(r.ffprobeSteadyS() / r.warmS()),
                    faster(r.ffprobeS() / r.warmWholeS()));
        }
        out.println();
        out.printf(
                Locale.ROOT,
                "%d files, %d at a time, load average %.1f at the end; %s%n",
                r.files(),
                r.threads(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                r.ffprobeNote());
        return ExitCodes.OK;
    }

    private static void row(PrintWriter out, ProbeBenchmark.Result r, String side, double seconds) {
        out.printf(Locale.ROOT, "| %s | %.3f | %.0f |%n", side, seconds, r.filesPerS(seconds));
    }

    private static String faster(double speedup) {
        return String.format(Locale.ROOT, "%.1fx faster", speedup);
    }
}
