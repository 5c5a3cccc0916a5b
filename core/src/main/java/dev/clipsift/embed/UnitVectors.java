package dev.clipsift.embed;

/** Vectors scaled to length 1, so that cosine similarity is a dot product. */
final class UnitVectors {
    private UnitVectors() {}

    /** {@code v / |v|} as floats; all zeros when {@code v} is. */
    static float[] of(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm > 0 ? (float) (v[i] / norm) : 0f;
        }
        return out;
    }
}
