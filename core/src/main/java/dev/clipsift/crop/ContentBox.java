package dev.clipsift.crop;

/** The rows {@code top..bottom-1} and columns {@code left..right-1} of a picture that hold content. */
public record ContentBox(int left, int top, int right, int bottom) {
    public ContentBox {
        if (left < 0 || top < 0 || right <= left || bottom <= top) {
            throw new IllegalArgumentException("empty content box " + left + "," + top + " - " + right + "," + bottom);
        }
    }

    /** The smallest box holding both: the least crop of the two. */
    public ContentBox union(ContentBox o) {
        return new ContentBox(
                Math.min(left, o.left), Math.min(top, o.top), Math.max(right, o.right), Math.max(bottom, o.bottom));
    }
}
