package dev.clipsift.review;

import java.util.Arrays;

/**
 * The rows of one score column in sort order: those with the score ascending (ties by row), then those without;
 * sorted once through packed {@code long} keys (the float's bits made order-preserving, then the row).
 */
record ScoreOrder(int[] rows, int scored) {
    static ScoreOrder of(float[] col) {
        long[] keys = new long[col.length];
        int scored = 0;
        for (int r = 0; r < col.length; r++) {
            if (!Float.isNaN(col[r])) {
                int bits = Float.floatToIntBits(col[r] == 0f ? 0f : col[r]);
                bits ^= (bits >> 31) & 0x7fffffff;
                keys[scored++] = ((long) bits << 32) | r;
            }
        }
        Arrays.sort(keys, 0, scored);
        int[] order = new int[col.length];
        int k = 0;
        for (int i = 0; i < scored; i++) {
            order[k++] = (int) keys[i];
        }
        for (int r = 0; r < col.length; r++) {
            if (Float.isNaN(col[r])) {
                order[k++] = r;
            }
        }
        return new ScoreOrder(order, scored);
    }

    /** The row at position {@code i}: ascending, or the scored rows descending and then the unscored ones. */
    int at(int i, boolean descending) {
        return rows[!descending || i >= scored ? i : scored - 1 - i];
    }
}
