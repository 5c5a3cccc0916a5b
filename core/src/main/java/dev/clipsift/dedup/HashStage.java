package dev.clipsift.dedup;

import dev.clipsift.engine.ClipItem;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FrameNeed;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.model.Dedup;
import dev.clipsift.pipeline.ItemFailure;
import dev.clipsift.pipeline.StageContext;
import java.util.List;
import java.util.Map;

/**
 * Hashes each clip ({@link ClipHashes}) from every frame of its span, scaled by the shared decode to at most
 * {@value #MAX_SIDE} px (area interpolation): a clip's hashes go into its record's {@code dedup} group, for the
 * dedup pass to compare.
 */
final class HashStage extends ClipStage {
    static final int MAX_SIDE = 128;
    static final FrameNeed NEED = new FrameNeed(0, MAX_SIDE);

    @Override
    public String name() {
        return "dedup_hash";
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of(
                "content_hash",
                "sha256 of every frame at " + MAX_SIDE + " px, BGR",
                "perceptual_hash",
                "pHash 8x8 of the mean 32x32 luma",
                "centre_hashes",
                "the same of the centre, 5 and 10 % cut from each side");
    }

    @Override
    public FrameNeed frameNeed() {
        return NEED;
    }

    @Override
    protected ItemWorker<ClipItem> openClips(StageContext context) {
        ClipHashes hashes = new ClipHashes();
        return item -> {
            List<FrameSample> frames = item.frames(NEED);
            if (frames.isEmpty()) {
                throw new ItemFailure("no_frames", "the decode gave no frames to hash");
            }
            Dedup d = hashes.of(frames);
            return item.withRecord(item.record().withDedup(d));
        };
    }
}
