package dev.clipsift.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.TestFrames;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.model.Dedup;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hashes on bikes.mp4's five shots, from the frames the hash stage reads: a decode gives the same content
 * hash twice; a copy cropped 12 % a side lies near a centre hash of its shot though its whole-picture hash has
 * moved far; different shots stay apart however their hashes are paired.
 */
class ClipHashesTest {
    static final int[][] SHOTS = {{0, 29}, {30, 75}, {76, 136}, {137, 186}, {187, 241}};

    static List<long[]> hashes(List<List<FrameSample>> shots) {
        List<long[]> out = new ArrayList<>();
        for (List<FrameSample> s : shots) {
            Dedup d = new ClipHashes().of(s);
            long[] h = new long[1 + d.centreHashes().size()];
            h[0] = HexFormat.fromHexDigitsToLong(d.perceptualHash());
            for (int i = 0; i < d.centreHashes().size(); i++) {
                h[i + 1] = HexFormat.fromHexDigitsToLong(d.centreHashes().get(i));
            }
            out.add(h);
        }
        return out;
    }

    /** The least distance between the whole-picture hash of {@code a} and any hash of {@code b}. */
    static int nearest(long[] a, long[] b) {
        int best = 64;
        for (long h : b) {
            best = Math.min(best, Long.bitCount(a[0] ^ h));
        }
        return best;
    }

    @Test
    void croppedCopiesLieNearACentreHashAndDifferentShotsStayApart() throws Exception {
        List<FrameSample> all = TestFrames.of(TestData.video("bikes.mp4"), HashStage.NEED, 250);
        List<List<FrameSample>> shots = new ArrayList<>();
        List<List<FrameSample>> cropped = new ArrayList<>();
        for (int[] s : SHOTS) {
            List<FrameSample> frames = all.subList(s[0], s[1] + 1);
            shots.add(frames);
            cropped.add(frames.stream().map(f -> ClipHashes.centre(f, 0.12)).toList());
        }
        assertThat(new ClipHashes().of(shots.get(0)).contentHash())
                .isEqualTo(new ClipHashes().of(new ArrayList<>(shots.get(0))).contentHash())
                .isNotEqualTo(new ClipHashes().of(shots.get(1)).contentHash());
        List<long[]> original = hashes(shots);
        List<long[]> copies = hashes(cropped);
        int moved = 0;
        for (int s = 0; s < SHOTS.length; s++) {
            assertThat(nearest(copies.get(s), original.get(s)))
                    .as("shot %d's crop", s)
                    .isLessThanOrEqualTo(8);
            moved = Math.max(moved, Long.bitCount(copies.get(s)[0] ^ original.get(s)[0]));
            for (int t = 0; t < SHOTS.length; t++) {
                if (t != s) {
                    assertThat(nearest(original.get(s), original.get(t)))
                            .as("shots %d and %d", s, t)
                            .isGreaterThan(16);
                }
            }
        }
        assertThat(moved)
                .as("the whole-picture hash alone would miss some crop")
                .isGreaterThan(12);
    }
}
