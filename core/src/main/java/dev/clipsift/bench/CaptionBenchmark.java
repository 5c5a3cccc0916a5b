package dev.clipsift.bench;

import dev.clipsift.caption.CaptionConfig;
import dev.clipsift.io.Json;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.run.CurationRun;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What captioning costs ClipSift itself: a run cuts the clips once, then each concurrency captions them all as
 * a new version (only the captioning stage runs: the spans are decoded for its frames), against a server (by
 * default {@link InstantVlmServer}, which takes no time). Reports requests per second of the stage's wall time,
 * its milliseconds per request and the JPEG encoding's share.
 */
public final class CaptionBenchmark {
    private CaptionBenchmark() {}

    /** One concurrency's numbers. */
    public record Row(int concurrency, long requests, long images, double wallS, double encodeMs, long bodyBytes) {
        public double requestsPerS() {
            return wallS > 0 ? requests / wallS : 0;
        }

        public double msPerRequest() {
            return requests > 0 ? wallS * 1000 / requests : 0;
        }

        public double encodeMsPerImage() {
            return images > 0 ? encodeMs / images : 0;
        }
    }

    /**
     * @param endpoint a server to measure against, or null for an {@link InstantVlmServer} started here
     */
    public static List<Row> run(
            RunConfig clips, String endpoint, String model, List<Integer> concurrencies, int threads)
            throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("clipsift-bench-caption");
        try (InstantVlmServer instant = endpoint == null ? new InstantVlmServer() : null) {
            String url = endpoint != null ? endpoint : instant.endpoint();
            String m = endpoint != null ? model : InstantVlmServer.MODEL;
            CurationRun cut = new CurationRun(out, threads, RunListener.NONE, w -> {});
            cut.start(clips);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < concurrencies.size(); i++) {
                Map<String, Object> section = new LinkedHashMap<>();
                section.put("enabled", true);
                section.put("endpoint", url);
                section.put("model", m);
                section.put("version", "v" + i);
                section.put("concurrency", concurrencies.get(i));
                CaptionConfig c = Json.mapper().convertValue(section, CaptionConfig.class);
                long before = instant != null ? instant.requestBytes() : 0;
                RunSummary s = new CurationRun(out, threads, RunListener.NONE, w -> {})
                        .start(clips.withFamily("captioning", c));
                RunSummary.ScorerStat st = s.session().scorers().stream()
                        .filter(x -> x.stage().equals("captioning"))
                        .findFirst()
                        .orElseThrow();
                Map<String, Long> n = st.counts();
                rows.add(new Row(
                        concurrencies.get(i),
                        n.getOrDefault("requests", 0L),
                        n.getOrDefault("images", 0L),
                        st.msPerClip() * st.clips() / 1000,
                        n.getOrDefault("encode_us", 0L) / 1000.0,
                        instant != null ? instant.requestBytes() - before : -1));
            }
            return rows;
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
