package dev.clipsift.embed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Caption search over a run: the query embedded with {@link MiniLm}, compared by cosine similarity with each
 * clip's newest caption embedding (the {@code caption_embeddings} pass's parts), best first.
 */
public final class CaptionSearch {
    private CaptionSearch() {}

    /** One clip found: its id, the caption version that matched and the cosine similarity. */
    public record Hit(String clip, String version, double similarity) {}

    /** Whether the run in {@code root} has caption embeddings to search. */
    public static boolean available(Path root) throws IOException {
        return !EmbeddingParts.parts(root, MiniLm.MODEL).isEmpty();
    }

    /** The {@code limit} clips of the run in {@code root} whose captions are nearest {@code query}. */
    public static List<Hit> search(Path root, String query, int limit) throws Exception {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String part : EmbeddingParts.parts(root, MiniLm.MODEL)) {
            EmbeddingParts.Index index = EmbeddingParts.index(root, part);
            for (int i = 0; i < index.rows(); i++) {
                rows.put(
                        index.clipIds().get(i),
                        new Row(part, i, index.versions().get(i)));
            }
        }
        float[] q;
        try (MiniLm model = new MiniLm()) {
            q = model.embed(query);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Hit> hits = new ArrayList<>();
        float[] v = new float[MiniLm.DIM];
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            byte[] bytes = files.computeIfAbsent(r.file(), f -> read(root.resolve(f)));
            Float16.unpack(bytes, r.row() * MiniLm.DIM * 2, MiniLm.DIM, v, 0);
            double dot = 0;
            for (int i = 0; i < v.length; i++) {
                dot += v[i] * q[i];
            }
            hits.add(new Hit(e.getKey(), r.version(), dot));
        }
        hits.sort(Comparator.comparingDouble(Hit::similarity).reversed().thenComparing(Hit::clip));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    private record Row(String file, int row, String version) {}

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
