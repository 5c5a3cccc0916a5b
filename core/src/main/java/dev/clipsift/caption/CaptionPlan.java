package dev.clipsift.caption;

import dev.clipsift.engine.FrameNeed;
import dev.clipsift.model.Caption;
import dev.clipsift.model.ClipRecord;

/**
 * What a captioning run would send, worked out from the clip records alone (the cost preview of
 * {@code clipsift caption --dry-run}): the clips to caption (those it wants that lack an {@code ok} caption of
 * its version), requests (one per window, plus one per clip for enhancement), images, and the prompt tokens
 * estimated as a Qwen2.5-VL server counts them: one token per 28 x 28 patch of each image and about one per
 * four characters of prompt text. Token counts vary by model and server; the summary of a real run has the
 * server's own.
 */
public record CaptionPlan(int clips, long requests, long images, long promptTokens) {

    public static CaptionPlan of(CaptionConfig config, Iterable<ClipRecord> records) {
        CaptionStage stage = new CaptionStage(config);
        String prompt = Prompts.caption(config);
        FrameNeed need = stage.frameNeed();
        int clips = 0;
        long requests = 0;
        long images = 0;
        long tokens = 0;
        for (ClipRecord r : records) {
            if (!r.valid() || !stage.wants(r) || done(r, config.version())) {
                continue;
            }
            clips++;
            int perImage = imageTokens(r, config.maxSide());
            double fps = r.source().fps() == null ? 25 : r.source().fps();
            for (CaptionWindows.Window w : CaptionWindows.of(
                    r.span().startFrame(), r.span().frames(), config.windowFrames(), config.minRemainderFrames())) {
                long n = 0;
                for (int k = w.start() - r.span().startFrame();
                        k < w.end() - r.span().startFrame();
                        k++) {
                    if (need.wants(k, r.span().frames(), fps)) {
                        n++;
                    }
                }
                requests++;
                images += n;
                tokens += n * perImage + textTokens(prompt);
            }
            if (config.enhance() != null) {
                requests++;
                tokens += textTokens(Prompts.enhance(config.enhance())) + config.maxTokens();
            }
        }
        return new CaptionPlan(clips, requests, images, tokens);
    }

    private static boolean done(ClipRecord r, String version) {
        return r.captions() != null
                && r.captions()
                        .version(version)
                        .map(c -> c.state() == Caption.State.OK)
                        .orElse(false);
    }

    /** Patches of the image sent for a clip: its picture scaled to {@code maxSide}, sides rounded to 28 px. */
    private static int imageTokens(ClipRecord r, int maxSide) {
        Integer w = r.media() != null ? r.media().width() : r.source().width();
        Integer h = r.media() != null ? r.media().height() : r.source().height();
        if (w == null || h == null) {
            return (maxSide / FrameImages.PATCH) * (maxSide / FrameImages.PATCH);
        }
        double scale = Math.min(1, maxSide / (double) Math.max(w, h));
        int[] s = FrameImages.size((int) Math.round(w * scale), (int) Math.round(h * scale));
        return (s[0] / FrameImages.PATCH) * (s[1] / FrameImages.PATCH);
    }

    private static long textTokens(String text) {
        return (text.length() + 3) / 4;
    }
}
