package dev.clipsift.ocr;

import dev.clipsift.engine.ClipItem;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FrameNeed;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.OnScreenText;
import dev.clipsift.model.Scores;
import dev.clipsift.pipeline.ItemFailure;
import dev.clipsift.pipeline.StageContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores each clip's on-screen text ({@link TextScorer}) on a few frames of the shared decode, writing the
 * scores {@code text_area_fraction} (mean fraction of the picture covered by text boxes) and
 * {@code text_overlay} (1 when a persistent overlay was found, else 0) and the record's {@code text} group
 * (regions in clip pixels). Each worker loads the two models once, on one thread.
 */
final class TextStage extends ClipStage {
    static final String NAME = "text";

    private final TextConfig config;

    TextStage(TextConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** What changes the scores: the frames read, the overlay rule and the models; never the filter's settings. */
    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fps", config.fps());
        m.put("max_side", config.maxSide());
        m.put("max_frames", config.maxFrames());
        m.put("min_frames", config.minFrames());
        m.put("stability_iou", config.stabilityIou());
        m.put("corner_margin", config.cornerMargin());
        m.put("models", config.modelDir() == null ? "shipped ppocr/PP-OCRv4" : config.modelDir());
        return m;
    }

    @Override
    public FrameNeed frameNeed() {
        return new FrameNeed(config.fps(), config.maxSide(), config.maxFrames());
    }

    /**
     * The model files are there, load, and have PP-OCRv4's shapes: it loads both models once (about a second),
     * so a missing, corrupt or wrong model stops the run before anything is written, never halfway.
     */
    @Override
    public void validate() throws Exception {
        OcrModelFiles files = OcrModelFiles.in(config.modelDir());
        files.check();
        try (PaddleOcr ocr = PaddleOcr.open(files, 1)) {
            // loading checks the shapes; nothing to run
        }
    }

    @Override
    protected ItemWorker<ClipItem> openClips(StageContext context) throws Exception {
        PaddleOcr ocr = PaddleOcr.open(OcrModelFiles.in(config.modelDir()), 1);
        TextScorer scorer = new TextScorer(ocr, config.overlayRule());
        FrameNeed need = frameNeed();
        return new ItemWorker<>() {
            @Override
            public ClipItem apply(ClipItem item) throws Exception {
                List<FrameSample> frames = item.frames(need);
                if (frames.isEmpty()) {
                    throw new ItemFailure("no_frames", "no frames decoded to look for on-screen text");
                }
                ClipRecord r = item.record();
                int[] size = clipSize(r, frames.get(0));
                OnScreenText text = scorer.score(frames, size[0], size[1]);
                Scores scores = (r.scores() == null ? Scores.NONE : r.scores())
                        .with("text_area_fraction", text.areaFraction())
                        .with("text_overlay", text.overlay() ? 1 : 0);
                return item.withRecord(r.withScores(scores).withText(text));
            }

            @Override
            public void close() throws Exception {
                ocr.close();
            }
        };
    }

    /** The clip's picture size: as written ({@code media}), else the source's, else the sampled frame's. */
    static int[] clipSize(ClipRecord r, FrameSample frame) {
        if (r.media() != null && r.media().width() != null && r.media().height() != null) {
            return new int[] {r.media().width(), r.media().height()};
        }
        if (r.source().width() != null && r.source().height() != null) {
            return new int[] {r.source().width(), r.source().height()};
        }
        return new int[] {frame.width(), frame.height()};
    }
}
