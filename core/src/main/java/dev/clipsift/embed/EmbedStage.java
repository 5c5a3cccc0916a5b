package dev.clipsift.embed;

import dev.clipsift.engine.ClipItem;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FrameNeed;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.pipeline.ItemFailure;
import dev.clipsift.pipeline.StageContext;
import java.util.List;
import java.util.Map;

/**
 * Embeds each clip with the built-in {@link DctDescriptor} over the frames the shared decode samples for it
 * ({@code fps}, 128 px, at most {@code max_frames}); the vector goes into the record as a pending
 * {@link dev.clipsift.model.EmbeddingRef} until {@link PackPass} stores it in a part file.
 */
final class EmbedStage extends ClipStage {
    /** Frames at most this size: a 32 x 32 grid needs no more. */
    static final int MAX_SIDE = 128;

    private final FrameNeed need;

    EmbedStage(EmbedConfig config) {
        this.need = new FrameNeed(config.fps(), MAX_SIDE, config.maxFrames());
    }

    @Override
    public String name() {
        return "embed";
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of(
                "model", DctDescriptor.MODEL,
                "dim", DctDescriptor.DIM,
                "fps", need.fps(),
                "max_side", need.maxSide(),
                "max_frames", need.maxFrames());
    }

    @Override
    public FrameNeed frameNeed() {
        return need;
    }

    @Override
    protected ItemWorker<ClipItem> openClips(StageContext context) {
        DctDescriptor descriptor = new DctDescriptor();
        return item -> {
            List<FrameSample> frames = item.frames(need);
            if (frames.isEmpty()) {
                throw new ItemFailure("no_frames", "the decode gave no frames to embed");
            }
            float[] v = descriptor.embed(frames);
            return item.withRecord(item.record().withEmbedding(EmbeddingParts.pending(DctDescriptor.MODEL, v)));
        };
    }
}
