package dev.clipsift.split;

/** A shot (or clip span) as a range of decoded frames, both ends inclusive, 0-based. */
public record Shot(int start, int end) {
    public Shot {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad shot [" + start + ", " + end + "]");
        }
    }

    public int frames() {
        return end - start + 1;
    }
}
