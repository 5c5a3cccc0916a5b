package dev.clipsift.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Benchmarks that time ClipSift against the reference tools in the same run and report ratios."},
        subcommands = {
            BenchProbeCommand.class,
            BenchSplitCommand.class,
            BenchGridCommand.class,
            BenchRunCommand.class,
            BenchS3Command.class,
            BenchScoresCommand.class,
            BenchCaptionCommand.class,
            BenchShardCommand.class,
            BenchDedupCommand.class,
            BenchReviewCommand.class
        })
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
