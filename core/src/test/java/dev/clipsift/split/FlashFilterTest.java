package dev.clipsift.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlashFilterTest {

    /** Cuts the filter emits over {@code frames} frames when the frames in {@code above} cross the threshold. */
    private static List<Integer> run(String mode, int length, int frames, Set<Integer> above) {
        FlashFilter f = new FlashFilter(mode, length);
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            int cut = f.accept(i, above.contains(i));
            if (cut >= 0) {
                cuts.add(cut);
            }
        }
        return cuts;
    }

    @Test
    void crossingsFarApartAreAllCuts() {
        assertThat(run("merge", 15, 100, Set.of(20, 40, 60))).containsExactly(20, 40, 60);
        assertThat(run("suppress", 15, 100, Set.of(20, 40, 60))).containsExactly(20, 40, 60);
    }

    @Test
    void suppressDropsCrossingsTooCloseToThePreviousCut() {
        assertThat(run("suppress", 15, 100, Set.of(20, 30, 40))).containsExactly(20, 40);
    }

    @Test
    void mergeFoldsABurstIntoOneCutAtItsLastCrossingOnceTheBurstLastedLongEnough() {
        // 30..50 is a burst of crossings 10 apart after the cut at 20: one more cut at 50, emitted 15 frames later
        assertThat(run("merge", 15, 100, Set.of(20, 30, 40, 50))).containsExactly(20, 50);
        // 30 and 40 alone last only 10 frames: merged away
        assertThat(run("merge", 15, 100, Set.of(20, 30, 40))).containsExactly(20);
    }

    @Test
    void mergeDropsCrossingsTooCloseToTheStartBeforeAnyCut() {
        assertThat(run("merge", 15, 100, Set.of(5, 30))).containsExactly(30);
    }

    @Test
    void zeroLengthPassesEveryCrossing() {
        assertThat(run("merge", 0, 10, Set.of(1, 2, 3))).containsExactly(1, 2, 3);
    }
}
