package dev.clipsift.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.engine.FamilyRegistry;
import dev.clipsift.engine.StageFamily;
import dev.clipsift.io.Json;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunConfigReader;
import dev.clipsift.run.RunSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What scoring adds to a run: the same {@code run} with every scorer off (each family section's {@code filter}
 * set to {@code disable}, black-bar detection off) and with the scorers at their defaults, alternated
 * {@code repeat} times in one process, each into a fresh folder; the median wall time of each side and each
 * scorer's own cost from the scored runs' summaries.
 */
public final class ScoresBenchmark {
    private ScoresBenchmark() {}

    /** Both sides' runs, in the order they ran. */
    public record Result(List<RunBenchmark.Result> off, List<RunBenchmark.Result> on) {
        public double offS() {
            return Stats.median(
                    off.stream().mapToDouble(RunBenchmark.Result::wallS).toArray());
        }

        public double onS() {
            return Stats.median(
                    on.stream().mapToDouble(RunBenchmark.Result::wallS).toArray());
        }

        /** How much longer the scored run takes, as a fraction of the unscored one. */
        public double overhead() {
            return onS() / offS() - 1;
        }

        /** The scorers of the last scored run. */
        public List<RunSummary.ScorerStat> scorers() {
            return on.get(on.size() - 1).summary().session().scorers();
        }
    }

    public static Result run(RunConfig scored, FamilyRegistry registry, int threads, int repeat)
            throws IOException, InterruptedException {
        RunConfig plain = unscored(scored, registry);
        List<RunBenchmark.Result> off = new ArrayList<>();
        List<RunBenchmark.Result> on = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            off.add(RunBenchmark.run(plain, threads));
            on.add(RunBenchmark.run(scored, threads));
        }
        return new Result(off, on);
    }

    /** {@code config} with every scorer family disabled and black-bar detection off. */
    static RunConfig unscored(RunConfig config, FamilyRegistry registry) {
        RunConfigReader reader = new RunConfigReader(registry);
        ObjectNode n = Json.mapper().valueToTree(reader.complete(config));
        for (StageFamily<?> f : registry.families()) {
            if (n.get(f.section()) instanceof ObjectNode section && section.has("filter")) {
                section.put("filter", "disable");
            }
        }
        if (n.get("transcode") instanceof ObjectNode t && t.has("crop_black_bars")) {
            t.put("crop_black_bars", false);
        }
        return reader.read(n, "the unscored benchmark settings");
    }
}
