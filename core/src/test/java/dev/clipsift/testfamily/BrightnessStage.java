package dev.clipsift.testfamily;

import dev.clipsift.engine.ClipItem;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FrameNeed;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.model.Scores;
import dev.clipsift.pipeline.StageContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pixel-reading clip stage that exists only in the test sources: the mean brightness of the frames the shared
 * decode hands it, as the score {@code brightness_mean}, and how many frames it saw as {@code brightness_frames}.
 * Counts its worker set-ups, for the tests.
 */
final class BrightnessStage extends ClipStage {
    static final AtomicInteger SETUPS = new AtomicInteger();

    private final BrightnessConfig config;

    BrightnessStage(BrightnessConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "brightness";
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of("fps", config.fps(), "max_side", config.maxSide());
    }

    @Override
    public FrameNeed frameNeed() {
        return new FrameNeed(config.fps(), config.maxSide());
    }

    @Override
    protected ItemWorker<ClipItem> openClips(StageContext context) {
        SETUPS.incrementAndGet();
        return item -> {
            List<FrameSample> frames = item.frames(frameNeed());
            if (frames.isEmpty()) {
                throw new IllegalStateException("no frames for " + item.record().id());
            }
            double sum = 0;
            long n = 0;
            for (FrameSample f : frames) {
                for (byte b : f.bgr()) {
                    sum += b & 0xff;
                    n++;
                }
            }
            Scores scores = item.record().scores() != null ? item.record().scores() : Scores.NONE;
            return item.withRecord(item.record()
                    .withScores(scores.with("brightness_mean", sum / n).with("brightness_frames", frames.size())));
        };
    }
}
