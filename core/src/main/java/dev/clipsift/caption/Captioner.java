package dev.clipsift.caption;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.engine.ClipItem;
import dev.clipsift.engine.FrameNeed;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.model.Caption;
import dev.clipsift.model.Captions;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.pipeline.ItemFailure;
import dev.clipsift.pipeline.ItemStage;
import dev.clipsift.pipeline.StageContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ObjLongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * One captioning worker ({@code pools}: the first runs the requests, the others are the HTTP client's). For a
 * batch of clips it sends every window's request at once on its helper threads ({@code concurrency} of them, so
 * that many are in flight), then each clip's enhancement request ({@link CaptionEnhancer}), and writes
 * each clip's caption version: {@code ok} with the windows' captions and token counts; {@code failed}, with the
 * clip's error {@code captioning.<reason>}, when the server refused a request or answered nonsense; or
 * {@code pending} when the server could not be reached after every retry. Once the server is unavailable the
 * rest of the session's clips are left pending at once, without waiting on it again.
 */
final class Captioner implements ItemStage.ItemWorker<ClipItem> {
    private final CaptionConfig config;
    private final String prompt;
    private final FrameNeed need;
    private final ChatClient captions;
    private final @Nullable CaptionEnhancer enhancer;
    private final ExecutorService pool;
    private final List<ExecutorService> pools;
    private final StageContext context;
    private final ObjLongConsumer<String> count;
    private final AtomicBoolean down = new AtomicBoolean();

    Captioner(
            CaptionConfig config,
            String prompt,
            @Nullable String enhancePrompt,
            FrameNeed need,
            ChatClient captions,
            @Nullable ChatClient enhancer,
            List<ExecutorService> pools,
            StageContext context,
            ObjLongConsumer<String> count) {
        this.config = config;
        this.prompt = prompt;
        this.need = need;
        this.captions = captions;
        this.enhancer = enhancer == null
                ? null
                : new CaptionEnhancer(config, enhancePrompt, body -> send(enhancer, body), pools.get(0), count);
        this.pool = pools.get(0);
        this.pools = List.copyOf(pools);
        this.context = context;
        this.count = count;
    }

    /** One clip's work: its windows, the images each is sent, and their requests' outcomes once done. */
    private record Job(
            ClipItem item, List<CaptionWindows.Window> windows, List<Integer> images, List<Future<Outcome>> outcomes) {}

    @Override
    public ClipItem apply(ClipItem item) throws Exception {
        return applyAll(List.of(item)).get(0);
    }

    @Override
    public List<ClipItem> applyAll(List<ClipItem> items) throws Exception {
        List<Job> jobs = new ArrayList<>();
        for (ClipItem item : items) {
            if (existing(item.record()) != null) {
                count.accept("kept_existing", 1);
                jobs.add(new Job(item, List.of(), List.of(), List.of()));
                continue;
            }
            ClipRecord r = item.record();
            List<CaptionWindows.Window> windows = CaptionWindows.of(
                    r.span().startFrame(), r.span().frames(), config.windowFrames(), config.minRemainderFrames());
            List<FrameSample> frames = item.frames(need);
            List<Future<Outcome>> outcomes = new ArrayList<>();
            List<Integer> images = new ArrayList<>();
            for (CaptionWindows.Window w : windows) {
                List<FrameSample> in =
                        frames.stream().filter(f -> w.holds(f.frame())).toList();
                images.add(in.size());
                outcomes.add(pool.submit(() -> caption(in)));
            }
            jobs.add(new Job(item, windows, images, outcomes));
        }
        List<ClipItem> out = new ArrayList<>();
        for (Job job : jobs) {
            out.add(existing(job.item().record()) != null ? job.item() : finish(job));
        }
        return enhancer == null ? out : enhancer.enhance(out);
    }

    /** The caption of this version the clip holds already, done: versions are never written over. */
    private @Nullable Caption existing(ClipRecord r) {
        return r.captions() == null
                ? null
                : r.captions()
                        .version(config.version())
                        .filter(c -> c.state() == Caption.State.OK)
                        .orElse(null);
    }

    private Outcome caption(List<FrameSample> frames) {
        if (frames.isEmpty()) {
            return new Outcome(null, new ItemFailure("no_frames", "a caption window got no frames"));
        }
        ObjectNode body;
        try {
            if (config.send().equals("video")) {
                body = CaptionRequest.video(
                        config.model(),
                        prompt,
                        WindowVideo.mp4(frames, config.fps()),
                        config.maxTokens(),
                        config.temperature());
            } else {
                long t0 = System.nanoTime();
                List<byte[]> jpegs = frames.stream().map(FrameImages::jpeg).toList();
                count.accept("encode_us", (System.nanoTime() - t0) / 1000);
                body = CaptionRequest.images(config.model(), prompt, jpegs, config.maxTokens(), config.temperature());
            }
        } catch (Exception e) {
            return new Outcome(null, e);
        }
        count.accept("images", config.send().equals("video") ? 0 : frames.size());
        return send(captions, body);
    }

    private Outcome send(ChatClient client, ObjectNode body) {
        if (down.get()) {
            return new Outcome(null, new ChatClient.Unavailable("the captioning server was unavailable earlier"));
        }
        if (context.cancelled().getAsBoolean()) {
            return new Outcome(null, new CancellationException());
        }
        try {
            ChatClient.Reply reply = client.chat(body);
            count.accept("requests", 1);
            count.accept("retries", reply.attempts() - 1L);
            count.accept("prompt_tokens", reply.promptTokens() == null ? 0 : reply.promptTokens());
            count.accept("output_tokens", reply.outputTokens() == null ? 0 : reply.outputTokens());
            return new Outcome(reply, null);
        } catch (ChatClient.Unavailable e) {
            if (down.compareAndSet(false, true)) {
                context.log()
                        .warn(
                                "{}: the clips not captioned yet stay pending; 'clipsift resume' finishes them",
                                e.getMessage());
            }
            return new Outcome(null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, new CancellationException());
        } catch (Exception e) {
            return new Outcome(null, e);
        }
    }

    /**
     * Which of a clip's window failures decides what becomes of it: a cancelled run first, then a server that
     * is unavailable (the caption stays pending), then the first other failure (the clip's error).
     */
    private static int rank(@Nullable Exception e) {
        if (e == null) {
            return 0;
        }
        if (e instanceof CancellationException) {
            return 3;
        }
        return e instanceof ChatClient.Unavailable ? 2 : 1;
    }

    private ClipItem finish(Job job) throws InterruptedException {
        ClipItem item = job.item();
        List<Caption.Window> windows = new ArrayList<>();
        Exception failure = null;
        for (int i = 0; i < job.windows().size(); i++) {
            Outcome o = Outcome.await(job.outcomes().get(i));
            CaptionWindows.Window w = job.windows().get(i);
            if (o.failure() != null) {
                failure = rank(o.failure()) > rank(failure) ? o.failure() : failure;
                continue;
            }
            ChatClient.Reply r = o.reply();
            windows.add(new Caption.Window(
                    w.start(), w.end(), job.images().get(i), r.text(), r.promptTokens(), r.outputTokens()));
        }
        if (failure instanceof CancellationException c) {
            throw c;
        }
        if (failure instanceof ChatClient.Unavailable) {
            count.accept("pending", 1);
            return with(item, caption(Caption.State.PENDING, null, List.of(), failure.getMessage()));
        }
        if (failure != null) {
            String reason = failure instanceof ItemFailure f ? f.reason() : "failed";
            String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            ClipItem failed = with(item, caption(Caption.State.FAILED, null, List.of(), message));
            return failed.withError(CaptionStage.NAME + "." + reason, message);
        }
        String text =
                String.join("\n\n", windows.stream().map(Caption.Window::text).toList());
        return with(item, caption(Caption.State.OK, text, windows, null));
    }

    private Caption caption(
            Caption.State state, @Nullable String text, List<Caption.Window> windows, @Nullable String error) {
        Integer promptTokens = sum(windows, Caption.Window::promptTokens);
        Integer outputTokens = sum(windows, Caption.Window::outputTokens);
        return new Caption(
                config.version(),
                state,
                text,
                config.model(),
                prompt,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                promptTokens,
                outputTokens,
                windows.isEmpty() ? null : windows,
                null,
                error);
    }

    private static @Nullable Integer sum(
            List<Caption.Window> windows, java.util.function.Function<Caption.Window, Integer> f) {
        Integer total = null;
        for (Caption.Window w : windows) {
            Integer v = f.apply(w);
            if (v != null) {
                total = (total == null ? 0 : total) + v;
            }
        }
        return total;
    }

    private static ClipItem with(ClipItem item, Caption c) {
        ClipRecord r = item.record();
        Captions all = r.captions() == null ? new Captions(List.of()) : r.captions();
        return item.withRecord(r.withCaptions(all.with(c)));
    }

    @Override
    public void close() {
        pools.forEach(ExecutorService::shutdownNow);
    }
}
