package dev.clipsift.split;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ThreadFactory;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Splits a video into shots. Implementations: the detectors (content, adaptive, threshold, an optional
 * TransNetV2 ONNX model) and fixed-stride splitting. Built by {@link ShotSplitters#create}. Splitters hold
 * only their parameters, so one instance may split many videos at once from different threads.
 */
public interface ShotSplitter {
    /** The algorithm's name as users type it ({@code content}, {@code adaptive}, ...). */
    String name();

    /** The parameters in effect, written into run manifests. */
    Map<String, Object> parameters();

    /**
     * The shots covering every decoded frame, in order. {@code cancelled} is checked between frames; a
     * cancelled split throws {@link java.util.concurrent.CancellationException}.
     */
    SplitResult split(Path video, BooleanSupplier cancelled) throws IOException;

    /** As {@link #split(Path, BooleanSupplier)}, telling {@code framesDone} how many frames are analysed so far. */
    default SplitResult split(Path video, BooleanSupplier cancelled, IntConsumer framesDone) throws IOException {
        return split(video, cancelled);
    }

    /** Whether splitting decodes the video's frames (fixed-stride reads only its headers). */
    default boolean decodesFrames() {
        return true;
    }

    /**
     * This splitter set up for one worker, to split many videos one after another: a model loads once here, not
     * per video. Decode-ahead threads come from the session's caller ({@code helpers}), who owns them.
     */
    default Session open() throws IOException {
        return (video, cancelled, helpers) -> split(video, cancelled);
    }

    /** A splitter with what it loaded (a model), for one thread. */
    interface Session extends AutoCloseable {
        SplitResult split(Path video, BooleanSupplier cancelled, ThreadFactory helpers) throws IOException;

        @Override
        default void close() {}
    }

    /** What splitting a video found: its frame rate, decoded frame count and shots. */
    record SplitResult(double fps, int frames, List<Shot> shots) {
        /** The shots between {@code cuts} (first frames of new shots; out-of-range and repeated ones ignored). */
        public static SplitResult fromCuts(double fps, int frames, Collection<Integer> cuts) {
            List<Shot> shots = new ArrayList<>();
            int start = 0;
            for (int cut : new TreeSet<>(cuts)) {
                if (cut > 0 && cut < frames) {
                    shots.add(new Shot(start, cut - 1));
                    start = cut;
                }
            }
            if (frames > 0) {
                shots.add(new Shot(start, frames - 1));
            }
            return new SplitResult(fps, frames, shots);
        }

        /** 0-based first frame of each new shot after the first. */
        public List<Integer> cuts() {
            return shots.stream().skip(1).map(Shot::start).toList();
        }
    }
}
