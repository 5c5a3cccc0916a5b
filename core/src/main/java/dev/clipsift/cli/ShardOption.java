package dev.clipsift.cli;

import dev.clipsift.run.VideoSelection;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --shard I/N} of {@code run} and {@code resume}: one part of a run split across processes or machines. */
final class ShardOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    VideoSelection part = VideoSelection.all();

    @Option(
            names = "--shard",
            paramLabel = "I/N",
            description = "Only the videos of shard I of N (0 <= I < N, by a stable hash of each video's id), into"
                    + " the same OUT as the other shards; the shards run independently (e.g. as a SLURM array),"
                    + " then 'clipsift summarize OUT' runs dedup/shards and writes OUT/summary.json.")
    void shard(String spec) {
        try {
            part = VideoSelection.parseShard(spec);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(this.spec.commandLine(), "--shard: " + e.getMessage());
        }
    }
}
