package dev.clipsift.embed;

import dev.clipsift.engine.ClipItem;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.Fingerprint;
import dev.clipsift.engine.FrameNeed;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.pipeline.ItemFailure;
import dev.clipsift.pipeline.StageContext;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Embeds each clip over the frames the shared decode samples for it ({@code fps}, at most {@code max_frames}):
 * with the built-in {@link DctDescriptor} (frames at 128 px) or the user's {@link OnnxEncoder} (frames large
 * enough for its input side up to a 20:7 picture). The vector goes into the record as a pending
 * {@link dev.clipsift.model.EmbeddingRef} until {@link PackPass} stores it in a part file. {@link #validate}
 * loads the encoder once, so a missing file, sidecar or a wrong shape stops the run before any clip.
 */
final class EmbedStage extends ClipStage {
    /** Frames at most this size for the built-in descriptor: a 32 x 32 grid needs no more. */
    static final int BUILT_IN_SIDE = 128;

    private final @Nullable Path model;
    private final FrameNeed need;

    EmbedStage(EmbedConfig config) {
        this.model = config.model() == null ? null : Path.of(config.model());
        int side = model == null
                ? BUILT_IN_SIDE
                : (int) Math.ceil(EncoderSidecar.read(model).size() * 20 / 7.0);
        this.need = new FrameNeed(config.fps(), side, config.maxFrames());
    }

    @Override
    public String name() {
        return "embed";
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (model == null) {
            m.put("model", DctDescriptor.MODEL);
            m.put("dim", DctDescriptor.DIM);
        } else {
            EncoderSidecar s = EncoderSidecar.read(model);
            m.put("model", s.name());
            m.put("file", Fingerprint.ofFile(model));
            m.put("preprocessing", Map.of("size", s.size(), "mean", s.mean(), "std", s.std()));
        }
        m.put("fps", need.fps());
        m.put("max_side", need.maxSide());
        m.put("max_frames", need.maxFrames());
        return m;
    }

    @Override
    public FrameNeed frameNeed() {
        return need;
    }

    @Override
    public void validate() throws Exception {
        if (model != null) {
            OnnxEncoder.open(model).close();
        }
    }

    @Override
    protected ItemWorker<ClipItem> openClips(StageContext context) {
        if (model == null) {
            DctDescriptor descriptor = new DctDescriptor();
            return item -> embedded(item, DctDescriptor.MODEL, descriptor.embed(frames(item)));
        }
        OnnxEncoder encoder = OnnxEncoder.open(model);
        return new ItemWorker<>() {
            @Override
            public ClipItem apply(ClipItem item) throws Exception {
                return embedded(item, encoder.model(), encoder.embed(frames(item)));
            }

            @Override
            public void close() throws Exception {
                encoder.close();
            }
        };
    }

    private List<FrameSample> frames(ClipItem item) throws ItemFailure {
        List<FrameSample> frames = item.frames(need);
        if (frames.isEmpty()) {
            throw new ItemFailure("no_frames", "the decode gave no frames to embed");
        }
        return frames;
    }

    private static ClipItem embedded(ClipItem item, String model, float[] vector) {
        return item.withRecord(item.record().withEmbedding(EmbeddingParts.pending(model, vector)));
    }
}
