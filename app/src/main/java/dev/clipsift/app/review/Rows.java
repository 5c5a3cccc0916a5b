package dev.clipsift.app.review;

import java.util.BitSet;

/** Small operations on arrays of index rows. */
final class Rows {
    private Rows() {}

    /** The rows of {@code order} that {@code allowed} holds, in {@code order}'s order ({@code n}: rows in all). */
    static int[] keep(int[] order, int[] allowed, int n) {
        BitSet in = new BitSet(n);
        for (int a : allowed) {
            in.set(a);
        }
        return java.util.Arrays.stream(order).filter(in::get).toArray();
    }

    /** Where {@code row} is in {@code rows}, or -1. */
    static int indexOf(int[] rows, int row) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == row) {
                return i;
            }
        }
        return -1;
    }
}
