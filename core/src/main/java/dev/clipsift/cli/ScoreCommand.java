package dev.clipsift.cli;

import dev.clipsift.run.Refilter;
import dev.clipsift.run.Rescore;
import dev.clipsift.run.RunConfig;
import dev.clipsift.source.S3Location;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Add or recompute scores on an existing run: the run's saved settings with the family flags given laid",
            "over them (e.g. --motion-filter score-only, --aesthetic-model FILE). Only the stages that are new or",
            "whose settings changed run, on the clips already cut: nothing is split or encoded again (the clips' spans",
            "are decoded once for all pending scorers). Filters are applied afterwards, as 'clipsift filter' does.",
            "Exit code: 0 all fine, 2 some clips failed, 1 usage or internal error."
        })
final class ScoreCommand extends ChangedRunCommand {
    @Option(
            names = "--recompute",
            split = ",",
            paramLabel = "STAGE",
            description = "Also redo these stages where they already ran (e.g. after replacing a model file), by"
                    + " name (motion, quality, ...); local runs only.")
    List<String> recompute;

    @Override
    public Integer call() throws Exception {
        if (recompute != null && !recompute.isEmpty()) {
            if (S3Location.isS3(output)) {
                throw new ParameterException(spec.commandLine(), "--recompute works on a local run folder");
            }
            Refilter.saved(Path.of(output), session.families()); // a clear error when OUT holds no run
            Rescore.forget(Path.of(output), recompute);
        }
        return super.call();
    }

    @Override
    RunConfig overlay(RunConfig saved) {
        return FamilyFlags.overlay(spec, saved, session.families(), null);
    }
}
