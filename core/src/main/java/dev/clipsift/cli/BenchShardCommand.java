package dev.clipsift.cli;

import dev.clipsift.bench.ShardBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "shard",
        mixinStandardHelpOptions = true,
        description = {
            "Time writing a run's WebDataset shards (into a scratch folder; the run is left as it is) against a",
            "plain copy of the same tar bytes, alternately. Reports MB/s of the tars, of the whole pass (manifest",
            "and index too) and of the copy, and the ratio of the tars' time to the copy's."
        })
final class BenchShardCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN", description = "A local run folder.")
    Path run;

    @Option(
            names = "--scratch",
            paramLabel = "DIR",
            description = "Where the shards and the copy go, removed after each round (default: a temp folder).")
    Path scratch;

    @Option(names = "--target-size-mb", paramLabel = "MB", description = "Largest tar (default: ${DEFAULT-VALUE}).")
    double targetSizeMb = 500;

    @Option(names = "--repeat", paramLabel = "N", description = "Rounds (default: ${DEFAULT-VALUE}).")
    int repeat = 3;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ShardBenchmark.Result r;
        try (ScratchFolder dir = ScratchFolder.of(scratch, "clipsift-bench-shard")) {
            r = ShardBenchmark.run(run, dir.path(), targetSizeMb, Math.max(1, repeat));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "%d samples in %d tars, %.1f MB, median of %d rounds%n",
                r.samples(),
                r.tars(),
                r.bytes() / 1e6,
                r.repeat());
        out.printf(Locale.ROOT, "| side | s | MB/s |%n|---|---|---|%n");
        out.printf(Locale.ROOT, "| shard tars | %.3f | %.1f |%n", r.tarS(), r.tarMbPerS());
        out.printf(Locale.ROOT, "| shard pass (tars + manifest + index) | %.3f | %.1f |%n", r.passS(), r.passMbPerS());
        out.printf(Locale.ROOT, "| plain copy of the tars | %.3f | %.1f |%n", r.copyS(), r.copyMbPerS());
        out.printf(
                Locale.ROOT,
                "tars / copy: %.2fx (medians), %.2fx (fastest rounds: %.3f s / %.3f s)%n",
                r.ratio(),
                r.fastestRatio(),
                r.fastestTarS(),
                r.fastestCopyS());
        return ExitCodes.OK;
    }
}
