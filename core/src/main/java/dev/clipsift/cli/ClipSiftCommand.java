package dev.clipsift.cli;

import picocli.CommandLine.Command;

@Command(
        name = "clipsift",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "ClipSift: curate video datasets for training video and vision-language models.",
            "List, probe and sample videos; split them into clips; preview and review them."
        },
        footer = {
            "",
            "Options are kebab-case in every command (--output-video, --video-length, --cache-dir). Older spellings stay "
                    + "accepted as aliases, listed after the kebab-case name in each command's --help: e.g. grid's snake_case "
                    + "flags from the cookbook (--input_dir, --output_video, --video_length, --tile_width, --tile_height).",
            "",
            "Exit codes: 0 success, 2 some inputs could not be read (the others were processed), 1 usage or internal "
                    + "error. Progress goes to stderr, results to stdout."
        },
        subcommands = {
            ProbeCommand.class,
            SampleCommand.class,
            SplitCommand.class,
            RunCommand.class,
            ResumeCommand.class,
            SummarizeCommand.class,
            ScoreCommand.class,
            CaptionCommand.class,
            EmbedCommand.class,
            DedupCommand.class,
            FilterCommand.class,
            ShardCommand.class,
            ReviewCommand.class,
            GridCommand.class,
            BenchCommand.class,
            picocli.CommandLine.HelpCommand.class
        })
final class ClipSiftCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
