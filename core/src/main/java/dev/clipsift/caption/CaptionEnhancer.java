package dev.clipsift.caption;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.engine.ClipItem;
import dev.clipsift.model.Caption;
import dev.clipsift.model.Captions;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.pipeline.ItemFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The enhancement pass of a captioning worker: each caption its batch just made is sent to a text model with
 * the enhancement prompt, and the answer becomes the version's {@code enhanced}. A server that is unavailable
 * leaves the version {@code pending} (a resume makes it again); a refusal or a bad answer is the clip's error
 * {@code captioning.enhance_<reason>}, the caption itself kept.
 */
final class CaptionEnhancer {
    private final CaptionConfig config;
    private final String enhancePrompt;
    private final Function<ObjectNode, Outcome> send;
    private final ExecutorService pool;
    private final ObjLongConsumer<String> count;

    /** @param send sends one request to the text model's server (with the worker's retries and counters) */
    CaptionEnhancer(
            CaptionConfig config,
            String enhancePrompt,
            Function<ObjectNode, Outcome> send,
            ExecutorService pool,
            ObjLongConsumer<String> count) {
        this.config = config;
        this.enhancePrompt = enhancePrompt;
        this.send = send;
        this.pool = pool;
        this.count = count;
    }

    /** The enhancement pass over the clips just captioned: each caption rewritten by the text model. */
    List<ClipItem> enhance(List<ClipItem> items) throws InterruptedException {
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (ClipItem item : items) {
            Caption c = fresh(item);
            outcomes.add(
                    c == null
                            ? null
                            : pool.submit(() -> send.apply(CaptionRequest.text(
                                    config.enhance().server(config).model(),
                                    Prompts.enhancing(enhancePrompt, c.text()),
                                    config.enhance().maxTokens(),
                                    config.temperature()))));
        }
        List<ClipItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ClipItem item = items.get(i);
            out.add(outcomes.get(i) == null ? item : enhanced(item, Outcome.await(outcomes.get(i))));
        }
        return out;
    }

    /** The caption this batch just made on the clip (ok, not enhanced yet), or null. */
    private @Nullable Caption fresh(ClipItem item) {
        if (item.failed() || item.record().captions() == null) {
            return null;
        }
        return item.record()
                .captions()
                .version(config.version())
                .filter(c -> c.state() == Caption.State.OK && c.enhanced() == null && c.windows() != null)
                .orElse(null);
    }

    private ClipItem enhanced(ClipItem item, Outcome o) {
        Caption c = fresh(item);
        ClipRecord r = item.record();
        Captions others = new Captions(r.captions().versions().stream()
                .filter(v -> !v.version().equals(config.version()))
                .toList());
        if (o.failure() instanceof CancellationException e) {
            throw e;
        }
        Caption updated;
        if (o.failure() instanceof ChatClient.Unavailable u) {
            count.accept("pending", 1);
            updated = c.withOutcome(Caption.State.PENDING, null, u.getMessage());
        } else if (o.failure() != null) {
            String reason = o.failure() instanceof ItemFailure f ? f.reason() : "failed";
            return item.withRecord(r.withCaptions(others.with(c)))
                    .withError(
                            CaptionStage.NAME + ".enhance_" + reason,
                            o.failure().getMessage());
        } else {
            ChatClient.Reply reply = o.reply();
            updated = c.withOutcome(
                    c.state(),
                    new Caption.Enhanced(
                            reply.text(),
                            config.enhance().server(config).model(),
                            enhancePrompt,
                            reply.promptTokens(),
                            reply.outputTokens()),
                    null);
        }
        return item.withRecord(r.withCaptions(others.with(updated)));
    }
}
