package dev.clipsift.preview;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Makes a {@link PreviewFrames} from a source video: small frames at the spec's rate over a window that
 * starts 10 % into long videos (past intros and fade-ins) and at the start of short ones.
 */
public final class PreviewDecoder {
    private final PreviewSpec spec;

    public PreviewDecoder(PreviewSpec spec) {
        this.spec = spec;
    }

    /** Decodes; throws {@link CancellationException} as soon as {@code cancelled} says so. */
    public PreviewFrames decode(Path file, BooleanSupplier cancelled) throws IOException {
        try (UprightReader reader = UprightReader.open(file, spec.maxWidth(), spec.maxHeight())) {
            double duration = reader.durationS();
            double start = duration > spec.seconds() * 2 ? duration * 0.1 : 0;
            if (start > 0) {
                reader.seek(start);
            }
            double interval = 1.0 / spec.fps();
            List<BgraFrame> frames = new ArrayList<>(spec.maxFrames());
            double nextWanted = Double.NEGATIVE_INFINITY;
            BgraFrame f;
            while (frames.size() < spec.maxFrames() && (f = reader.next()) != null) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("preview of " + file + " cancelled");
                }
                if (f.timestampS() + interval / 2 >= nextWanted) {
                    frames.add(f);
                    nextWanted = Math.max(nextWanted, f.timestampS()) + interval;
                }
            }
            if (frames.isEmpty()) {
                throw new IOException("no picture could be decoded");
            }
            return new PreviewFrames(reader.width(), reader.height(), intervalMs(frames, interval), frames);
        }
    }

    private static long intervalMs(List<BgraFrame> frames, double fallbackS) {
        if (frames.size() < 2) {
            return Math.round(fallbackS * 1000);
        }
        double span = frames.get(frames.size() - 1).timestampS() - frames.get(0).timestampS();
        double each = span / (frames.size() - 1);
        return Math.round((each > 0 ? each : fallbackS) * 1000);
    }
}
