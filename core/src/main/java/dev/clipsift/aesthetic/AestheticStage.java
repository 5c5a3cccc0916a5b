package dev.clipsift.aesthetic;

import dev.clipsift.engine.ClipItem;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.Fingerprint;
import dev.clipsift.engine.FrameNeed;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.model.Scores;
import dev.clipsift.pipeline.ItemFailure;
import dev.clipsift.pipeline.StageContext;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Scores each clip's frames with the user's aesthetic model ({@link AestheticModel}) and writes their
 * {@link Reduction} as {@code aesthetic}. The model loads once per worker; {@link #validate} loads it once
 * before the run too, so a missing file or a wrong shape fails the run before any clip is touched.
 */
final class AestheticStage extends ClipStage {
    /** Frames at most this size on their longer side: enough for CLIP's 224 px shorter side up to 20:7. */
    static final int MAX_SIDE = 640;

    private final AestheticConfig config;
    private final Path model;
    private final @Nullable Path head;

    AestheticStage(AestheticConfig config) {
        this.config = config;
        this.model = Path.of(Objects.requireNonNull(config.model(), "aesthetic.model"));
        this.head = config.head() == null ? null : Path.of(config.head());
    }

    @Override
    public String name() {
        return "aesthetic";
    }

    /** The model files (path, size, modification time), the rate and the reduction: what changes the score. */
    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", Fingerprint.ofFile(model));
        if (head != null) {
            m.put("head", Fingerprint.ofFile(head));
        }
        m.put("fps", config.fps());
        m.put("max_side", MAX_SIDE);
        m.put("reduction", config.reduction().text());
        return m;
    }

    @Override
    public FrameNeed frameNeed() {
        return new FrameNeed(config.fps(), MAX_SIDE);
    }

    /** Loads the model (and head) once and checks their shapes: not cheap, but a bad file must stop the run first. */
    @Override
    public void validate() {
        AestheticModel.open(model, head).close();
    }

    @Override
    protected ItemWorker<ClipItem> openClips(StageContext context) {
        AestheticModel m = AestheticModel.open(model, head);
        return new ItemWorker<>() {
            @Override
            public ClipItem apply(ClipItem item) throws Exception {
                List<FrameSample> frames = item.frames(frameNeed());
                if (frames.isEmpty()) {
                    throw new ItemFailure("no_frames", "the decode gave no frames to score");
                }
                double score = config.reduction().of(m.score(frames));
                Scores before = item.record().scores();
                return item.withRecord(
                        item.record().withScores((before == null ? Scores.NONE : before).with("aesthetic", score)));
            }

            @Override
            public void close() {
                m.close();
            }
        };
    }
}
