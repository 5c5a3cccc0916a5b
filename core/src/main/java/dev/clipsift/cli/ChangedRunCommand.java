package dev.clipsift.cli;

import dev.clipsift.run.RunConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command that reruns a saved run with changed family settings ({@code embed}, {@code dedup}): the saved
 * config through {@link #overlay}, then only the stages that are new or changed run, on the clips already cut.
 */
abstract class ChangedRunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN", description = "The run's output folder or s3:// prefix.")
    String output;

    @Mixin
    RunSession.Options session;

    @Spec
    CommandSpec spec;

    /** The settings to run with: {@code saved} with this command's changes and the family flags given. */
    abstract RunConfig overlay(RunConfig saved);

    @Override
    public Integer call() throws Exception {
        return RunSession.execute(spec, output, session, run -> run.submitChanged(this::overlay));
    }
}
