package dev.clipsift.cli;

import picocli.CommandLine.Command;

@Command(name = "clipsift",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "ClipSift: curate video datasets for training video and vision-language models.",
            "List, probe and sample videos; split them into clips; preview and review them."},
        subcommands = {
            ProbeCommand.class,
            SampleCommand.class,
            SplitCommand.class,
            RunCommand.class,
            ResumeCommand.class,
            GridCommand.class,
            BenchCommand.class,
            picocli.CommandLine.HelpCommand.class})
final class ClipSiftCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
