package dev.clipsift.split;

/**
 * PySceneDetect's {@code content_val} of each frame against the one before: the weighted mean of the mean
 * absolute differences of the HSV planes (and of the edge maps when edges have a weight), divided by the
 * sum of the weights' magnitudes. The first frame scores 0. One per video.
 */
final class ContentScorer implements AutoCloseable {
    private final ContentWeights weights;
    private final Integer kernelSize;
    private HsvPlanes current;
    private HsvPlanes previous;
    private byte[] edges;
    private byte[] previousEdges;
    private EdgeMap edgeMap;
    private boolean first = true;

    ContentScorer(ContentWeights weights, Integer kernelSize) {
        this.weights = weights;
        this.kernelSize = kernelSize;
    }

    double score(byte[] bgr, int width, int height) {
        int pixels = width * height;
        if (current == null || current.pixels() != pixels) {
            current = new HsvPlanes(pixels);
            previous = new HsvPlanes(pixels);
            first = true;
        }
        current.fromBgr(bgr);
        if (weights.edges() != 0) {
            if (edgeMap == null) {
                edgeMap = new EdgeMap(width, height, kernelSize);
                edges = new byte[pixels];
                previousEdges = new byte[pixels];
            }
            edgeMap.compute(current.val, edges);
        }
        double score = 0;
        if (!first) {
            double sum = 0;
            sum += weights.hue() == 0 ? 0 : weights.hue() * HsvPlanes.meanDistance(current.hue, previous.hue);
            sum += weights.sat() == 0 ? 0 : weights.sat() * HsvPlanes.meanDistance(current.sat, previous.sat);
            sum += weights.lum() == 0 ? 0 : weights.lum() * HsvPlanes.meanDistance(current.val, previous.val);
            sum += weights.edges() == 0 ? 0 : weights.edges() * HsvPlanes.meanDistance(edges, previousEdges);
            score = sum / weights.sumOfMagnitudes();
        }
        first = false;
        HsvPlanes t = previous;
        previous = current;
        current = t;
        byte[] e = previousEdges;
        previousEdges = edges;
        edges = e;
        return score;
    }

    @Override
    public void close() {
        if (edgeMap != null) {
            edgeMap.close();
        }
    }
}
