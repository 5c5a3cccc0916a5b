package dev.clipsift.cli;

import dev.clipsift.bench.ProbeBenchmark;
import dev.clipsift.source.LocalLister;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "probe", mixinStandardHelpOptions = true,
        description = {"Probe every video under DIR: cold, then warm from the cache, and with ffprobe once per file.",
            "Reports files/s and ratios. The ffprobe side is skipped with a message when ffprobe is absent."})
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
        out.printf(Locale.ROOT, "| side | seconds | files/s | vs ffprobe |%n|---|---|---|---|%n");
        out.printf(Locale.ROOT, "| clipsift cold | %.3f | %.0f | %s |%n", r.coldS(), r.coldFilesPerS(), ratio(r.coldSpeedup()));
        out.printf(Locale.ROOT, "| clipsift warm (cache) | %.3f | %.0f | %s |%n", r.warmS(), r.warmFilesPerS(), ratio(r.warmSpeedup()));
        if (r.ffprobeS() != null) {
            out.printf(Locale.ROOT, "| ffprobe per file | %.3f | %.0f | 1.0x |%n", r.ffprobeS(), r.files() / r.ffprobeS());
        }
        out.println();
        out.println(r.files() + " files; " + r.ffprobeNote());
        return ExitCodes.OK;
    }

    private static String ratio(Double speedup) {
        return speedup == null ? "n/a" : String.format(Locale.ROOT, "%.1fx faster", speedup);
    }
}
