package dev.clipsift.cli;

import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunOptions;
import dev.clipsift.run.RunSummary;
import dev.clipsift.source.S3Location;
import dev.clipsift.source.Sources;
import dev.clipsift.store.OutputStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * The flags of {@code clipsift run} (everything after {@code run}), parsed and resolved by the command itself, for
 * a program that runs the curation its own way: the Spark application ({@code dev.clipsift.spark}) takes the very
 * same flags. Gives the run's settings, its output and local folder, the input and output stores and the machine
 * options, and prints a summary as {@code run} does.
 */
public final class RunArguments {
    private final RunCommand command;

    private RunArguments(RunCommand command) {
        this.command = command;
    }

    /**
     * Parses {@code args}; a bad or missing flag, or {@code --shard}, is a {@link CommandLine.ParameterException}
     * naming it. With {@code --help} the usage goes to {@code out} and the result is null.
     */
    public static @Nullable RunArguments parse(PrintWriter out, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs(all).subcommand();
        CommandLine run = parsed.commandSpec().commandLine();
        if (parsed.isUsageHelpRequested()) {
            run.usage(out);
            return null;
        }
        RunCommand command = run.getCommand();
        if (!command.shard.part.isAll()) {
            throw new CommandLine.ParameterException(
                    run, "--shard is for runs a scheduler starts one per shard; this program splits the run itself");
        }
        return new RunArguments(command);
    }

    /** The config file (if any) with the flags laid over it, validated as {@code run} does. */
    public RunConfig config() throws IOException {
        return command.resolve();
    }

    /** {@code --output} as given: a folder or {@code s3://BUCKET/PREFIX}. */
    public String output() {
        return command.output;
    }

    /** The run's local folder: the output itself, or the staging folder of an {@code s3://} output. */
    public Path folder() {
        return command.session.folder(command.spec, command.output);
    }

    /** {@code --cache-dir} (or its default): probe results, downloads, staging folders. */
    public Path cacheDir() {
        return command.session.shared.cacheDir.get();
    }

    /** {@code --threads} as given, else the number of cores. */
    public int threads() {
        return command.session.shared.threads.get();
    }

    /**
     * The run options with {@code threads} threads and the GPUs {@code gpus} (CUDA ordinals; null: {@code --gpus}
     * or the machine's), every video.
     */
    public RunOptions options(int threads, @Nullable List<Integer> gpus) {
        RunOptions o = command.session.runOptions(threads);
        return new RunOptions(
                o.threads(), gpus != null ? gpus : o.gpus(), o.families(), o.retryFailed(), o.selection());
    }

    /** The input's sources, reached with the {@code --s3-*} / {@code --input-s3-*} settings (closed by the caller). */
    public Sources sources(Consumer<String> warnings) {
        return new Sources(command.session.s3.input(), command.session.shared.cacheDir.downloads(), warnings);
    }

    /** The store of an {@code s3://} output (closed by the caller), null for a folder. */
    public @Nullable OutputStore store() {
        return S3Location.isS3(command.output) ? OutputStore.open(command.output, command.session.s3.output()) : null;
    }

    /** Prints the totals, failures and where the summary is, as {@code run} does; returns {@code run}'s exit code. */
    public static int print(RunSummary summary, String shown, PrintWriter out, PrintWriter err) {
        return RunSession.print(summary, shown, out, err);
    }
}
