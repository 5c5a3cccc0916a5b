package dev.clipsift.cli;

import dev.clipsift.bench.S3Benchmark;
import dev.clipsift.store.OutputStore;
import dev.clipsift.store.PutReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "s3",
        mixinStandardHelpOptions = true,
        description = {
            "List and probe the videos under S3_PREFIX on an S3-compatible server three",
            "ways: listing alone, probing in place by ranged GETs, downloading each object",
            "whole first. Reports objects/s, bytes over the wire, requests and connections.",
            "--fill-from uploads a folder first. Needs --s3-endpoint."
        })
final class BenchS3Command implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "S3_PREFIX")
    String prefix;

    @Mixin
    SharedOptions.Threads threads;

    @Option(
            names = "--runs",
            paramLabel = "N",
            defaultValue = "3",
            description = "Runs per side; the median is shown (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--fill-from",
            paramLabel = "DIR",
            description = "Upload DIR (recursively) under the prefix first, --copies times.")
    Path fillFrom;

    @Option(
            names = "--copies",
            paramLabel = "K",
            defaultValue = "1",
            description = "How many copies of --fill-from to upload (default: ${DEFAULT-VALUE}).")
    int copies;

    @Option(
            names = "--rtt-ms",
            paramLabel = "MS",
            defaultValue = "0",
            description = "Imitate a distant server: hold each request this long (default: ${DEFAULT-VALUE}).")
    long rttMs;

    @Option(
            names = "--mbps",
            paramLabel = "MB_PER_S",
            defaultValue = "0",
            description =
                    "Imitate a slower link: pace each connection's answers to this many MB/s (default: 0, unpaced).")
    long mbps;

    @Mixin
    S3Options s3Options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (fillFrom != null) {
            try (OutputStore store = OutputStore.open(prefix, s3Options.settings())) {
                for (int i = 0; i < copies; i++) {
                    PutReport r = store.putTree(fillFrom, String.format(Locale.ROOT, "c%03d", i));
                    r.failures().forEach(f -> err.println("upload failed: " + f));
                }
            }
            err.println("uploaded " + copies + " copies of " + fillFrom + " under " + prefix);
        }
        int n = threads.get(true);
        List<S3Benchmark.Row> rows = S3Benchmark.run(s3Options.settings(), prefix, n, runs, rttMs, mbps * 1_000_000L);
        out.printf(
                Locale.ROOT,
                "| side | objects | seconds | objects/s | MB over the wire | requests | connections | failed |%n|---|---|---|---|---|---|---|---|%n");
        for (S3Benchmark.Row r : rows) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.3f | %.1f | %.2f | %d | %d | %d |%n",
                    r.side(),
                    r.objects(),
                    r.seconds(),
                    r.objectsPerS(),
                    r.bytes() / 1e6,
                    r.requests(),
                    r.connections(),
                    r.failed());
        }
        out.println();
        out.println(n + " threads, median of " + runs + " runs, endpoint "
                + s3Options.settings().endpointShown() + (rttMs > 0 ? ", +" + rttMs + " ms per request" : "")
                + (mbps > 0 ? ", " + mbps + " MB/s per connection" : ""));
        return ExitCodes.OK;
    }
}
