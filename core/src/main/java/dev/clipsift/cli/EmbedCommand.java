package dev.clipsift.cli;

import dev.clipsift.run.RunConfig;
import picocli.CommandLine.Command;

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
final class EmbedCommand extends ChangedRunCommand {
    @Override
    RunConfig overlay(RunConfig saved) {
        return FamilyFlags.overlay(spec, saved, session.families(), FamilyFlags.enabled("embeddings"));
    }
}
