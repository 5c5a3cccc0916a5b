package dev.clipsift.shard;

import dev.clipsift.engine.RunRecords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The layout to write and the clip videos it needs. Samples are laid out by the sizes their records give, so a
 * tar that has not changed (same fingerprint in the previous index, and the output still holds it) is left alone
 * without reading, or for a remote run fetching, any of its videos. The videos of the tars to write are looked
 * up; a sample whose video is missing or not the size its record says is left out, with why, and the samples
 * are laid out again without it, until every tar to write has all its videos.
 */
record Packing(List<PlannedShard> layout, Set<String> unchanged, Map<String, Path> videos, Map<String, String> lost) {

    static Packing of(
            List<Sample> samples, ShardConfig config, @Nullable ShardIndex previous, ShardTarget target, RunRecords run)
            throws IOException {
        Map<String, Path> videos = new HashMap<>();
        Map<String, String> lost = new LinkedHashMap<>();
        while (true) {
            List<Sample> kept =
                    samples.stream().filter(s -> !lost.containsKey(s.key())).toList();
            List<PlannedShard> layout = ShardLayout.plan(kept, config.targetBytes(), config.tarsPerPart());
            Set<String> unchanged = new HashSet<>();
            int before = lost.size();
            for (PlannedShard shard : layout) {
                if (previous != null
                        && shard.fingerprint().equals(previous.fingerprintOf(shard.name()))
                        && target.holds(shard.name(), shard.bytes())) {
                    unchanged.add(shard.name());
                    continue;
                }
                for (Sample s : shard.samples()) {
                    if (!videos.containsKey(s.key())) {
                        look(run, s, videos, lost);
                    }
                }
            }
            if (lost.size() == before) {
                return new Packing(layout, unchanged, videos, lost);
            }
        }
    }

    private static void look(RunRecords run, Sample s, Map<String, Path> videos, Map<String, String> lost)
            throws IOException {
        Path mp4 = run.clipFile(s.key(), "mp4");
        String shown = "clips/" + s.key() + ".mp4";
        if (!Files.isRegularFile(mp4)) {
            lost.put(s.key(), shown + " is missing");
        } else if (Files.size(mp4) != s.mp4Bytes()) {
            lost.put(s.key(), shown + " holds " + Files.size(mp4) + " bytes, its record says " + s.mp4Bytes());
        } else {
            videos.put(s.key(), mp4);
        }
    }
}
