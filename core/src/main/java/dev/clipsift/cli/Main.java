package dev.clipsift.cli;

import dev.clipsift.engine.FamilyRegistry;
import dev.clipsift.video.NativeLog;
import java.util.List;
import picocli.CommandLine;

/** Entry point of the {@code clipsift} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        NativeLog.toSlf4j();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: exit 1 on usage and internal errors (2 is kept for "some files failed"). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ClipSiftCommand());
        FamilyRegistry families = FamilyRegistry.discover();
        for (String command : List.of("run", "score", "filter", "shard", "embed", "dedup")) {
            FamilyFlags.add(cl.getSubcommands().get(command), families);
        }
        families.family("captioning")
                .ifPresent(f -> cl.getSubcommands().get("caption").addMixin(f.section(), f.options()));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("clipsift: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, failed.getErr())) {
                failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            }
            return ExitCodes.USAGE_OR_INTERNAL;
        });
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("clipsift: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            if (System.getenv("CLIPSIFT_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return ExitCodes.USAGE_OR_INTERNAL;
        });
        return cl;
    }
}
