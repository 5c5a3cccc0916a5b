package dev.clipsift.cli;

import dev.clipsift.run.RunConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "embed",
        mixinStandardHelpOptions = true,
        description = {
            "Embed the clips of an existing run: its saved settings with the embeddings family switched on and the",
            "family flags given laid over them. Only the clips without an embedding (or whose embedding settings",
            "changed) are decoded, once, and embedded; nothing is split or encoded again. The vectors go into a",
            "float16 part file under embeddings/<model>/, each clip record pointing at its row.",
            "Exit code: 0 all fine, 2 some clips failed, 1 usage or internal error."
        })
final class EmbedCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN", description = "The run's output folder or s3:// prefix.")
    String output;

    @Mixin
    RunSession.Options session;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return RunSession.execute(spec, output, session, run -> run.submitChanged(this::overlay));
    }

    private RunConfig overlay(RunConfig saved) {
        return FamilyFlags.overlay(spec, saved, session.families(), FamilyFlags.enabled("embeddings"));
    }
}
