package dev.clipsift.cli;

import dev.clipsift.bench.DedupBenchmark;
import dev.clipsift.dedup.DedupConfig;
import dev.clipsift.embed.DctDescriptor;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "dedup",
        mixinStandardHelpOptions = true,
        description = {
            "Time semantic dedup (k-means, then the pairs within each cluster at cosine >= 1 - eps) on synthetic",
            "unit embeddings of each size given, in this process: seconds of each step, pairs found, the",
            "vectors' size and the Java heap's peak. Run with -Xmx big enough for the largest size."
        })
final class BenchDedupCommand implements Callable<Integer> {
    @Option(
            names = "--sizes",
            split = ",",
            paramLabel = "N",
            description = "Embeddings per run (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes = List.of(100_000, 1_000_000);

    @Option(names = "--dim", paramLabel = "D", description = "Values per embedding (default: the built-in's).")
    int dim = DctDescriptor.DIM;

    @Option(
            names = "--intrinsic-dim",
            paramLabel = "K",
            description = "Dimensions the synthetic points really spread over (default: ${DEFAULT-VALUE}).")
    int intrinsic = 8;

    @Option(
            names = "--copies",
            paramLabel = "FRACTION",
            description = "Share of near-copies among them (default: ${DEFAULT-VALUE}).")
    double copies = 0.1;

    @Option(names = "--n-clusters", paramLabel = "K", description = "k-means clusters (default: 4).")
    Integer clusters;

    @Option(names = "--eps-to-extract", paramLabel = "EPS", description = "Default 0.01.")
    Double eps;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DedupConfig config = new DedupConfig(true, null, null, clusters, null, null, eps);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "| embeddings | dim | clusters | k-means iterations | k-means s | pairs s | total s | pairs |"
                        + " vectors MB | peak heap MB |%n|---|---|---|---|---|---|---|---|---|---|%n");
        for (int n : sizes) {
            DedupBenchmark.Result r = DedupBenchmark.run(n, dim, intrinsic, copies, config, 42);
            out.printf(
                    Locale.ROOT,
                    "| %d | %d | %d | %d | %.2f | %.2f | %.2f | %d | %.0f | %.0f |%n",
                    r.n(),
                    r.dim(),
                    r.clusters(),
                    r.iterations(),
                    r.kmeansS(),
                    r.pairsS(),
                    r.kmeansS() + r.pairsS(),
                    r.pairs(),
                    r.vectorBytes() / 1e6,
                    r.peakHeapBytes() / 1e6);
            out.flush();
        }
        return ExitCodes.OK;
    }
}
