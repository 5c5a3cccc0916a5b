package dev.clipsift.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.io.Json;
import dev.clipsift.run.RunConfig;
import dev.clipsift.shard.ShardFamily;
import dev.clipsift.source.S3Location;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "shard",
        mixinStandardHelpOptions = true,
        description = {
            "Write an existing run's kept clips as WebDataset tar shards (<key>.mp4, <key>.json, <key>.txt per",
            "sample), binned by aspect ratio and resolution, with manifest.parquet (one row per clip) and",
            "index.json. The run's saved settings with the shard section switched on: nothing is split, encoded",
            "or scored again, and later runs, resumes and scores of the run keep the shards up to date.",
            "Exit code: 0 all fine, 2 some clips failed, 1 usage or internal error."
        })
final class ShardCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN", description = "The run's output folder or s3:// prefix.")
    String run;

    @Option(
            names = "--output",
            paramLabel = "DIR|S3",
            description = "Where the shards go: a folder or s3://bucket/prefix (default: shards/ in the run folder),"
                    + " reached with the run's output S3 options.")
    String output;

    @Mixin
    RunSession.Options session;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return RunSession.execute(spec, run, session, r -> r.submitChanged(this::overlay));
    }

    private RunConfig overlay(RunConfig saved) {
        ObjectNode policy = Json.mapper().createObjectNode();
        ObjectNode shard = policy.putObject("shard").put("enabled", true);
        if (output != null) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--shard-output")) {
                throw new ParameterException(spec.commandLine(), "give --output or --shard-output, not both");
            }
            shard.put("output", ShardFamily.Options.absolute(output));
            if (S3Location.isS3(output)) {
                shard.set("s3", Json.mapper().valueToTree(session.s3.output()));
            }
        }
        return FamilyFlags.overlay(spec, saved, session.families(), policy);
    }
}
