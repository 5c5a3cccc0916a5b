package dev.clipsift.split;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Splits a video into shots. Implementations: the detectors (content, adaptive, threshold, an optional
 * TransNetV2 ONNX model) and fixed-stride splitting. Built by {@link ShotSplitters#create}.
 */
public interface ShotSplitter {
    /** The algorithm's name as users type it ({@code content}, {@code adaptive}, ...). */
    String name();

    /** The parameters in effect, written into run manifests. */
    Map<String, Object> parameters();

    /** The shots covering every decoded frame, in order. {@code cancelled} is checked between frames. */
    SplitResult split(Path video, BooleanSupplier cancelled) throws IOException;

    /** What splitting a video found: its frame rate, decoded frame count and shots. */
    record SplitResult(double fps, int frames, List<Shot> shots) {
        /** 0-based first frame of each new shot after the first. */
        public List<Integer> cuts() {
            return shots.stream().skip(1).map(Shot::start).toList();
        }
    }
}
