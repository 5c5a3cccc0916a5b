package dev.clipsift.motion;

import dev.clipsift.engine.ClipItem;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FrameNeed;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Scores;
import dev.clipsift.pipeline.StageContext;
import java.util.Map;

/**
 * Scores each clip's motion ({@link MotionMeter}) on the frames the shared decode samples for it, as
 * {@code motion_global_mean}, {@code motion_per_patch_min_256} and {@code motion_pairs} (the frame pairs
 * measured). A clip too short to give two frames gets {@code motion_pairs = 0} and no motion scores: the filter
 * counts it unscored rather than calling it still.
 */
final class MotionStage extends ClipStage {
    static final String GLOBAL_MEAN = "motion_global_mean";
    static final String PER_PATCH_MIN_256 = "motion_per_patch_min_256";
    static final String PAIRS = "motion_pairs";

    private final FrameNeed need;

    MotionStage(MotionConfig config) {
        this.need = new FrameNeed(config.fps(), config.maxSide(), config.maxFrames());
    }

    @Override
    public String name() {
        return "motion";
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of(
                "fps", need.fps(),
                "max_side", need.maxSide(),
                "max_frames", need.maxFrames(),
                "flow", "farneback 0.5/3/15/3/5/1.2, per source frame, 1080p-equivalent patches");
    }

    @Override
    public FrameNeed frameNeed() {
        return need;
    }

    @Override
    protected ItemWorker<ClipItem> openClips(StageContext context) {
        return item -> {
            MotionMeter.Motion m = MotionMeter.measure(item.frames(need));
            ClipRecord r = item.record();
            Scores s = (r.scores() == null ? Scores.NONE : r.scores()).with(PAIRS, m.pairs());
            if (m.pairs() > 0) {
                s = s.with(GLOBAL_MEAN, m.globalMean()).with(PER_PATCH_MIN_256, m.perPatchMin256());
            }
            return item.withRecord(r.withScores(s));
        };
    }
}
