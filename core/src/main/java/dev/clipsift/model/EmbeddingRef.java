package dev.clipsift.model;

import org.jspecify.annotations.Nullable;

/**
 * Where a clip's embedding is stored: the model that made it, its dimension, the run-part file
 * ({@code embeddings/<model>/<part>.f16}, relative to the run folder) and the row in it. Between the clip stage
 * that computes the vector and the end-of-run pass that packs it into a part file, the vector travels in
 * {@code pending} (base64 of little-endian float16s) with no file and row -1; the pass replaces it with the
 * file and row.
 */
public record EmbeddingRef(String model, int dim, @Nullable String file, long row, @Nullable String pending) {
    public EmbeddingRef(String model, int dim, String file, long row) {
        this(model, dim, file, row, null);
    }

    /** A vector of {@code model} not yet packed into a part file. */
    public static EmbeddingRef pending(String model, int dim, String vector) {
        return new EmbeddingRef(model, dim, null, -1, vector);
    }
}
