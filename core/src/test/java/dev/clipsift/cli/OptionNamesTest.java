package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The naming rule of every command, present and future: an option's primary (first) name is kebab-case. */
class OptionNamesTest {
    private static final Pattern KEBAB_OR_SHORT = Pattern.compile("--[a-z0-9]+(-[a-z0-9]+)*|-[a-zA-Z0-9]");

    @Test
    void everyOptionOfEveryCommandHasAKebabCasePrimaryName() {
        List<String> options = new ArrayList<>();
        collect(new CommandLine(new ClipSiftCommand()), options);

        assertThat(options)
                .as("options of the whole command tree")
                .hasSizeGreaterThan(50)
                .contains(
                        "clipsift grid --input-dir",
                        "clipsift bench grid --video-length",
                        "clipsift probe --cache-dir");
        assertThat(options)
                .allSatisfy(o -> assertThat(o.substring(o.lastIndexOf(' ') + 1)).matches(KEBAB_OR_SHORT));
    }

    @Test
    void theCookbookSpellingsStayAliases() {
        CommandLine grid =
                new CommandLine(new ClipSiftCommand()).getSubcommands().get("grid");

        assertThat(grid.getCommandSpec().findOption("--input_dir").names())
                .containsExactly("--input-dir", "--input_dir");
        assertThat(grid.getCommandSpec().findOption("--output_video").names())
                .containsExactly("--output-video", "--output_video");
        assertThat(grid.getCommandSpec().findOption("--video_length").names())
                .containsExactly("--video-length", "--video_length");
    }

    @Test
    void theTopLevelHelpStatesTheRule() {
        assertThat(new CommandLine(new ClipSiftCommand()).getUsageMessage())
                .contains("Options are kebab-case in every command")
                .contains("--input_dir");
    }

    /** "COMMAND PATH --primary-name" of every option, mixins included, through all subcommands. */
    private static void collect(CommandLine cl, List<String> into) {
        for (OptionSpec o : cl.getCommandSpec().options()) {
            into.add(cl.getCommandSpec().qualifiedName() + " " + o.names()[0]);
        }
        cl.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }
}
