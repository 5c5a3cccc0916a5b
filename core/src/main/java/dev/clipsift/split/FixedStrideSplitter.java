package dev.clipsift.split;

import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Cuts every {@code stride_s} seconds regardless of content (cosmos-curate's fixed-stride splitting, 10 s
 * by default). Uses the probed frame count, so it decodes nothing.
 */
final class FixedStrideSplitter implements ShotSplitter {
    private final double strideS;

    FixedStrideSplitter(double strideS) {
        if (!(strideS > 0)) {
            throw new IllegalArgumentException("stride_s must be > 0");
        }
        this.strideS = strideS;
    }

    @Override
    public String name() {
        return "fixed-stride";
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("stride_s", strideS);
    }

    @Override
    public boolean decodesFrames() {
        return false;
    }

    @Override
    public SplitResult split(Path video, BooleanSupplier cancelled) throws IOException {
        VideoRecord r = new Prober().probe(video);
        if (!r.ok() || r.fps() == null || r.frames() == null) {
            throw new IOException(r.ok() ? "frame rate or frame count unknown" : r.error());
        }
        int frames = r.frames().intValue();
        int stride = Math.max(1, (int) Math.round(strideS * r.fps()));
        List<Shot> shots = new ArrayList<>();
        for (int s = 0; s < frames; s += stride) {
            shots.add(new Shot(s, Math.min(frames, s + stride) - 1));
        }
        return new SplitResult(r.fps(), frames, shots);
    }
}
