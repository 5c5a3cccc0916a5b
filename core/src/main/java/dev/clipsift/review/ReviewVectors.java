package dev.clipsift.review;

import dev.clipsift.embed.EmbeddingParts;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.EmbeddingRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The clips' picture embeddings as unit vectors in one flat array (read through {@link EmbeddingParts}, packed
 * or still pending in the record): the model most clips have; clips without one of it have no vector. Gives
 * "similar to this" (cosine similarity, a dot product of unit vectors) and the 2D map ({@link Projection}).
 */
public final class ReviewVectors {
    private final String model;
    private final int dim;
    private final float[] data;
    private final int[] slot;

    private ReviewVectors(String model, int dim, float[] data, int[] slot) {
        this.model = model;
        this.dim = dim;
        this.data = data;
        this.slot = slot;
    }

    /** The vectors of {@code clips} (rows as the index numbers them), or null when none has an embedding. */
    public static @Nullable ReviewVectors load(Path root, List<ClipRecord> clips) throws IOException {
        Map<String, Integer> byModel = new HashMap<>();
        for (ClipRecord c : clips) {
            if (c.embedding() != null) {
                byModel.merge(c.embedding().model() + "\u0000" + c.embedding().dim(), 1, Integer::sum);
            }
        }
        String key = byModel.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
        if (key == null) {
            return null;
        }
        String model = key.substring(0, key.indexOf('\u0000'));
        int dim = Integer.parseInt(key.substring(key.indexOf('\u0000') + 1));
        int[] slot = new int[clips.size()];
        List<EmbeddingRef> refs = new ArrayList<>();
        for (int r = 0; r < clips.size(); r++) {
            EmbeddingRef e = clips.get(r).embedding();
            slot[r] = e != null && e.model().equals(model) && e.dim() == dim ? refs.size() : -1;
            if (slot[r] >= 0) {
                refs.add(e);
            }
        }
        float[] data = EmbeddingParts.load(root, refs, dim);
        for (int i = 0; i < refs.size(); i++) {
            double norm = 0;
            for (int d = 0; d < dim; d++) {
                norm += data[i * dim + d] * data[i * dim + d];
            }
            float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
            for (int d = 0; d < dim; d++) {
                data[i * dim + d] *= scale;
            }
        }
        return new ReviewVectors(model, dim, data, slot);
    }

    public String model() {
        return model;
    }

    public int dim() {
        return dim;
    }

    /** Whether clip {@code row} has a vector. */
    public boolean has(int row) {
        return slot[row] >= 0;
    }

    /** Up to {@code limit} rows nearest {@code row} by cosine similarity, nearest first, {@code row} itself left out. */
    public int[] similar(int row, int limit) {
        if (!has(row)) {
            return new int[0];
        }
        int from = slot[row] * dim;
        double[] sim = new double[slot.length];
        List<Integer> candidates = new ArrayList<>();
        for (int r = 0; r < slot.length; r++) {
            if (r == row || slot[r] < 0) {
                continue;
            }
            int at = slot[r] * dim;
            double dot = 0;
            for (int d = 0; d < dim; d++) {
                dot += data[from + d] * data[at + d];
            }
            sim[r] = dot;
            candidates.add(r);
        }
        candidates.sort((a, b) -> sim[a] != sim[b] ? Double.compare(sim[b], sim[a]) : Integer.compare(a, b));
        return candidates.stream().limit(limit).mapToInt(Integer::intValue).toArray();
    }

    /** The 2D map of every clip with a vector ({@link Projection#of}); rows without one get NaN. */
    public float[] map(long seed) {
        int n = (int) Arrays.stream(slot).filter(s -> s >= 0).count();
        float[] xy = Projection.of(data, n, dim, seed);
        float[] out = new float[slot.length * 2];
        Arrays.fill(out, Float.NaN);
        for (int r = 0; r < slot.length; r++) {
            if (slot[r] >= 0) {
                out[2 * r] = xy[2 * slot[r]];
                out[2 * r + 1] = xy[2 * slot[r] + 1];
            }
        }
        return out;
    }
}
