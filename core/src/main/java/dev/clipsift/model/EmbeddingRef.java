package dev.clipsift.model;

/** Where a clip's embedding is stored: the model that made it, its dimension, the run-part file and the row in it. */
public record EmbeddingRef(String model, int dim, String file, long row) {}
