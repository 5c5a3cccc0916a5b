package dev.clipsift.quality;

import dev.clipsift.engine.ClipItem;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FrameNeed;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.engine.Models;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Scores;
import dev.clipsift.model.SourceRef;
import dev.clipsift.pipeline.ItemFailure;
import dev.clipsift.pipeline.StageContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Scores each clip's technical quality from a few frames of the shared decode: {@code quality} (0-10) and its
 * components {@code quality_<component>} (each a 0..1 sub-score, 1 = good), as {@link QualityScale} defines
 * them. BRISQUE's model loads once per worker.
 */
final class QualityStage extends ClipStage {
    static final String MODEL = "brisque/brisque_model_live.yml";
    static final String RANGE = "brisque/brisque_range_live.yml";
    /** Bumped whenever {@link QualityScale} or {@link FrameMeter} changes what a clip scores. */
    static final int SCALE_VERSION = 1;

    private final QualityConfig config;

    QualityStage(QualityConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "quality";
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of(
                "fps", config.fps(),
                "max_side", config.maxSide(),
                "max_frames", config.maxFrames(),
                "model", MODEL,
                "scale_version", SCALE_VERSION);
    }

    @Override
    public FrameNeed frameNeed() {
        return new FrameNeed(config.fps(), config.maxSide(), config.maxFrames());
    }

    /** The shipped BRISQUE model and range files exist (they are loaded per worker). */
    @Override
    public void validate() throws IOException {
        Models.shipped(MODEL);
        Models.shipped(RANGE);
    }

    @Override
    protected ItemWorker<ClipItem> openClips(StageContext context) throws IOException {
        Path model = Models.shipped(MODEL);
        Path range = Models.shipped(RANGE);
        FrameMeter meter = new FrameMeter(model, range);
        return new ItemWorker<>() {
            @Override
            public ClipItem apply(ClipItem item) throws ItemFailure {
                List<FrameSample> frames = item.frames(frameNeed());
                if (frames.isEmpty()) {
                    throw new ItemFailure("no_frames", "the decode gave no frames to score");
                }
                ClipRecord r = item.record();
                return item.withRecord(r.withScores(scores(r.scores(), measure(meter, frames, r.source()))));
            }

            @Override
            public void close() {
                meter.close();
            }
        };
    }

    private static List<FrameMeasures> measure(FrameMeter meter, List<FrameSample> frames, SourceRef source) {
        List<FrameMeasures> out = new ArrayList<>(frames.size());
        for (FrameSample f : frames) {
            out.add(meter.measure(f, scale(f, source)));
        }
        return out;
    }

    /** How much the decode scaled the frame down from the source (1 when the source's size is unknown). */
    static double scale(FrameSample f, SourceRef source) {
        Integer w = source.width();
        Integer h = source.height();
        if (w == null || h == null || w <= 0 || h <= 0) {
            return 1;
        }
        return Math.min(1, Math.max(f.width(), f.height()) / (double) Math.max(w, h));
    }

    /** {@code before} with {@code quality} and its components for the measured frames. */
    static Scores scores(@Nullable Scores before, List<FrameMeasures> frames) {
        double[] sub = QualityScale.clip(frames);
        Scores s = (before == null ? Scores.NONE : before).with("quality", QualityScale.combine(sub));
        for (int i = 0; i < sub.length; i++) {
            s = s.with("quality_" + QualityScale.COMPONENTS.get(i), sub[i]);
        }
        return s;
    }
}
