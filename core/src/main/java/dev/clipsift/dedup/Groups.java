package dev.clipsift.dedup;

/**
 * Union-find over {@code n} items with path halving and union by size; also remembers, per item, by which
 * methods ({@link Method} bits) it was linked to another. Thread-safe: pairs arrive from parallel searches.
 */
final class Groups {
    /** How two clips were found to be duplicates. */
    enum Method {
        EXACT,
        PERCEPTUAL,
        SEMANTIC;

        String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final int[] parent;
    private final int[] size;
    private final int[] links;

    Groups(int n) {
        parent = new int[n];
        size = new int[n];
        links = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    synchronized void link(int a, int b, Method how) {
        links[a] |= 1 << how.ordinal();
        links[b] |= 1 << how.ordinal();
        int ra = root(a);
        int rb = root(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
    }

    synchronized int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The methods that linked item {@code i}, in {@link Method} order. */
    synchronized java.util.List<String> methods(int i) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Method m : Method.values()) {
            if ((links[i] & 1 << m.ordinal()) != 0) {
                out.add(m.text());
            }
        }
        return out;
    }
}
