package dev.clipsift.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.clipsift.video.FrameReader.Picture;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodeAheadTest {
    /** A source of {@code frames} frames that then throws {@code failure} (null: ends normally). */
    private static DecodeAhead.Source source(int frames, RuntimeException failure) {
        int[] n = {0};
        return p -> {
            if (n[0] == frames) {
                if (failure != null) {
                    throw failure;
                }
                return false;
            }
            p.index = n[0]++;
            return true;
        };
    }

    /** Takes every frame into {@code got}, in order. */
    private static List<Integer> drain(DecodeAhead frames, List<Integer> got) throws IOException {
        for (Picture p = frames.take(); p != null; p = frames.take()) {
            got.add(p.index);
            frames.release(p);
        }
        return got;
    }

    @Test
    void aDecoderThatThrowsARuntimeExceptionEndsTheStreamWithThatErrorInsteadOfHanging() {
        List<Integer> got = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (DecodeAhead frames =
                    new DecodeAhead(source(3, new IllegalStateException("broken packet")), 2, DecodeAhead.OWN_THREAD)) {
                assertThatThrownBy(() -> drain(frames, got))
                        .isInstanceOf(IOException.class)
                        .hasMessageContaining("broken packet");
            }
        });
        assertThat(got).containsExactly(0, 1, 2);
    }

    @Test
    void everyFrameArrivesInOrderAndTheThreadComesFromTheCallersFactory() throws Exception {
        List<Thread> made = new ArrayList<>();
        try (DecodeAhead frames = new DecodeAhead(source(20, null), 3, r -> {
            Thread t = new Thread(r, "owned");
            made.add(t);
            return t;
        })) {
            assertThat(drain(frames, new ArrayList<>()))
                    .containsExactlyElementsOf(
                            java.util.stream.IntStream.range(0, 20).boxed().toList());
        }
        assertThat(made).hasSize(1).noneMatch(Thread::isAlive);
    }
}
