package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.bench.InstantVlmServer;
import dev.clipsift.shard.ShardChecks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Captions made by the captioning family become the samples' txt; the chosen version follows new versions. */
class ShardCaptionsTest {
    @TempDir
    Path dir;

    private Map<String, Object> manifestRow(Path out, String id) throws Exception {
        return ShardChecks.query("SELECT caption, caption_version FROM '" + out.resolve("shards/manifest.parquet")
                        + "' WHERE id = '" + id + "'")
                .get(0);
    }

    @Test
    void each_sample_holds_its_newest_caption_or_the_version_asked_for() throws Exception {
        try (InstantVlmServer server = new InstantVlmServer()) {
            Path out = CaptionedRun.of(dir, 100, server, "--shards");
            Map<String, Map<String, byte[]>> samples = ShardChecks.samples(out.resolve("shards"), 500_000_000L);
            assertThat(samples).hasSize(2);
            samples.values().forEach(s -> assertThat(new String(s.get("txt"), StandardCharsets.UTF_8))
                    .isEqualTo("A caption."));
            String chosen = samples.keySet().iterator().next();
            assertThat(manifestRow(out, chosen)).containsEntry("caption_version", "v0");

            CliRun again = CliRun.of("caption", out.toString(), "--only", chosen, "-q");

            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(manifestRow(out, chosen))
                    .containsEntry("caption", "A caption.")
                    .containsEntry("caption_version", "v1");
            CliRun older = CliRun.of("shard", out.toString(), "--shard-caption-version", "v0", "-q");
            assertThat(older.exitCode()).as(older.err()).isZero();
            assertThat(manifestRow(out, chosen)).containsEntry("caption_version", "v0");
        }
    }
}
