package dev.clipsift.cli;

import dev.clipsift.pipeline.RunHandle;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.run.CurationRun;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunSummary;
import dev.clipsift.source.Source;
import dev.clipsift.source.SourceItem;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code clipsift run} and {@code clipsift resume} as a library, for the workbench's run launcher: the command's
 * picocli model (its options, the stage families' among them, are what the launcher's form shows) and a run
 * started from an argument list exactly as the command line parses and resolves it, reporting to the caller's
 * listener instead of a progress bar. Closing it closes the run's sources and remote store (after the run).
 */
public final class RunLaunch implements AutoCloseable {
    /** The commands a launch can be: a new run, or the continuation of one. */
    public static final List<String> COMMANDS = List.of("run", "resume");

    private final RunSession.Opened opened;
    private final RunHandle<RunSummary> handle;
    private final @Nullable RunConfig config;

    private RunLaunch(RunSession.Opened opened, RunHandle<RunSummary> handle, @Nullable RunConfig config) {
        this.opened = opened;
        this.handle = handle;
        this.config = config;
    }

    /** A fresh model of {@code command} ("run" or "resume") with every registered family's options, nothing parsed. */
    public static CommandSpec spec(String command) {
        return subcommand(command).getCommandSpec();
    }

    /**
     * Parses {@code args} as {@code command} does (a {@link ParameterException} names what is wrong), resolves the
     * settings, opens the sources and starts the run. A new run's videos are listed first, so its progress knows
     * the total.
     */
    public static RunLaunch start(String command, List<String> args, RunListener listener, Consumer<String> warnings)
            throws IOException {
        CommandLine cl = parse(command, args);
        Object parsed = cl.getCommand();
        if (parsed instanceof RunCommand run) {
            RunConfig config = run.resolve();
            RunSession.Opened opened =
                    new RunSession.Opened(cl.getCommandSpec(), run.output, run.session, listener, warnings);
            try {
                long expected = count(opened, config);
                return new RunLaunch(opened, opened.run.submit(config, expected), config);
            } catch (IOException | RuntimeException e) {
                opened.close();
                throw e;
            }
        }
        ResumeCommand resume = (ResumeCommand) parsed;
        resume.session.retryFailed = resume.retryFailed;
        RunSession.Opened opened =
                new RunSession.Opened(cl.getCommandSpec(), resume.output, resume.session, listener, warnings);
        return new RunLaunch(opened, opened.run.submitResume(), null);
    }

    /** The settings of {@code args} as {@code clipsift run} resolves them (what {@code config.json} will hold). */
    public static RunConfig resolve(List<String> args) throws IOException {
        return ((RunCommand) parse("run", args).getCommand()).resolve();
    }

    private static CommandLine subcommand(String command) {
        if (!COMMANDS.contains(command)) {
            throw new IllegalArgumentException("not a run command: " + command);
        }
        return Main.commandLine().getSubcommands().get(command);
    }

    /** {@code command}'s command line with {@code args} parsed, from the top as {@code clipsift} parses them. */
    private static CommandLine parse(String command, List<String> args) {
        CommandLine top = Main.commandLine();
        if (!COMMANDS.contains(command)) {
            throw new IllegalArgumentException("not a run command: " + command);
        }
        List<String> all = new java.util.ArrayList<>(List.of(command));
        all.addAll(args);
        top.parseArgs(all.toArray(String[]::new));
        return top.getSubcommands().get(command);
    }

    private static long count(RunSession.Opened opened, RunConfig config) throws IOException {
        try (Source source = opened.sources.open(config.input());
                Stream<SourceItem> listing = source.list()) {
            long n = listing.count();
            return config.limit() > 0 ? Math.min(n, config.limit()) : n;
        }
    }

    public RunHandle<RunSummary> handle() {
        return handle;
    }

    /**
     * Waits for the run: its summary, or what stopped it as the exception it is (a {@code CancellationException}
     * when cancelled, a {@code RunStopped} when the machine failed it: both continue with a resume).
     */
    public RunSummary result() throws IOException, InterruptedException {
        try {
            return handle.result();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The engine of this run: its folder (the output, or an s3:// output's staging folder) and output. */
    public CurationRun run() {
        return opened.run;
    }

    /** The resolved settings of a new run; null for a resume (they are the saved ones). */
    public @Nullable RunConfig config() {
        return config;
    }

    @Override
    public void close() {
        opened.close();
    }
}
