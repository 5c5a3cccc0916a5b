package dev.clipsift.cli;

import dev.clipsift.bench.CaptionBenchmark;
import dev.clipsift.run.RunConfig;
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
        name = "caption",
        mixinStandardHelpOptions = true,
        description = {
            "Time captioning over the clips of DIR: the clips are cut once, then captioned at each concurrency",
            "against a server that answers at once (started here; or --endpoint/--model for a real one). Reports",
            "requests per second, ClipSift's milliseconds per request and the JPEG encoding's share of them."
        })
final class BenchCaptionCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Mixin
    SharedOptions.Threads threads;

    @Option(names = "--endpoint", paramLabel = "URL", description = "A real server instead of the instant one.")
    String endpoint;

    @Option(names = "--model", paramLabel = "NAME", description = "The model to ask with --endpoint.")
    String model;

    @Option(
            names = "--concurrency",
            split = ",",
            paramLabel = "N",
            description = "Requests in flight, one run each (default: ${DEFAULT-VALUE}).")
    List<Integer> concurrency = List.of(1, 4);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunConfig config = new RunConfig(dir.toAbsolutePath().toString(), null, null, null, null, null);
        spec.commandLine().getErr().println("benchmarking captioning over " + dir + "...");
        List<CaptionBenchmark.Row> rows = CaptionBenchmark.run(config, endpoint, model, concurrency, threads.get());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "| concurrency | requests | images | wall s | requests/s | ms/request | JPEG ms/image | MB sent |%n");
        out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|---|%n");
        for (CaptionBenchmark.Row r : rows) {
            out.printf(
                    Locale.ROOT,
                    "| %d | %d | %d | %.2f | %.1f | %.1f | %.2f | %s |%n",
                    r.concurrency(),
                    r.requests(),
                    r.images(),
                    r.wallS(),
                    r.requestsPerS(),
                    r.msPerRequest(),
                    r.encodeMsPerImage(),
                    r.bodyBytes() < 0 ? "-" : String.format(Locale.ROOT, "%.1f", r.bodyBytes() / 1e6));
        }
        return ExitCodes.OK;
    }
}
