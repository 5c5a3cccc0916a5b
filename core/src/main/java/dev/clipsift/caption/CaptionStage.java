package dev.clipsift.caption;

import dev.clipsift.engine.ClipItem;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FrameNeed;
import dev.clipsift.model.Caption;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.pipeline.Resources;
import dev.clipsift.pipeline.StageContext;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Captions each clip with a vision-language model behind an OpenAI-compatible server ({@link Captioner} does
 * the requests), as caption version {@code version}. Its parameters (model, prompt, windows, frames, enhancement)
 * are its fingerprint; the server's address is not, so moving the server redoes nothing. The clips it wants
 * are those {@code only} / {@code where} choose (all by default). A clip whose caption is still pending (the
 * server went down) keeps no mark, so a resume captions just those clips.
 */
final class CaptionStage extends ClipStage {
    static final String NAME = "captioning";

    private final CaptionConfig config;
    private final String prompt;
    private final @Nullable String enhancePrompt;
    private final FrameNeed need;
    private final @Nullable Predicate<ClipRecord> selection;

    CaptionStage(CaptionConfig config) {
        this.config = config;
        this.prompt = Prompts.caption(config);
        this.enhancePrompt = config.enhance() != null ? Prompts.enhance(config.enhance()) : null;
        this.need = new FrameNeed(config.fps(), config.maxSide());
        this.selection = selection(config);
    }

    private static @Nullable Predicate<ClipRecord> selection(CaptionConfig c) {
        if (c.only() != null) {
            Set<String> ids = Set.copyOf(c.only());
            return r -> ids.contains(r.id());
        }
        return c.where() != null ? ClipSelection.parse(c.where()) : null;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", config.version());
        m.put("model", config.model());
        m.put("prompt", prompt);
        m.put("window_frames", config.windowFrames());
        m.put("min_remainder_frames", config.minRemainderFrames());
        m.put("fps", config.fps());
        m.put("max_side", config.maxSide());
        m.put("send", config.send());
        m.put("max_tokens", config.maxTokens());
        m.put("temperature", config.temperature());
        if (config.enhance() != null) {
            m.put("enhance_model", config.enhance().server(config).model());
            m.put("enhance_prompt", enhancePrompt);
            m.put("enhance_max_tokens", config.enhance().maxTokens());
        }
        return m;
    }

    @Override
    public FrameNeed frameNeed() {
        return need;
    }

    /** One worker: the requests of a batch's windows are in flight together, up to {@code concurrency}. */
    @Override
    public Resources resources() {
        return new Resources(1, 0, 0, 1);
    }

    @Override
    public int batchSize() {
        return config.concurrency() * 2;
    }

    @Override
    public boolean wants(ClipRecord record) {
        return selection == null || selection.test(record);
    }

    @Override
    protected boolean finished(ClipRecord after) {
        return after.captions() == null
                || after.captions()
                        .version(config.version())
                        .map(c -> c.state() != Caption.State.PENDING)
                        .orElse(true);
    }

    /** Reads the server's model list: an unreachable server, a refused key or an unknown model fails here. */
    @Override
    public void validate() throws Exception {
        check(config.server());
        if (config.enhance() != null) {
            check(config.enhance().server(config));
        }
    }

    private void check(Server server) throws IOException, InterruptedException {
        List<String> models = client(server, null).models();
        if (!models.contains(server.model())) {
            throw new IllegalArgumentException("the captioning server at " + server.endpoint() + " does not serve '"
                    + server.model() + "'; it serves " + models);
        }
    }

    private ChatClient client(Server server, @Nullable ExecutorService pool) throws IOException {
        return new ChatClient(
                server,
                Duration.ofMillis(Math.round(config.timeoutS() * 1000)),
                config.retries(),
                config.backoffS(),
                pool);
    }

    @Override
    protected ItemWorker<ClipItem> openClips(StageContext context) throws IOException {
        // the requests wait on their answers on one pool; the HTTP client's own work runs on another, so that
        // waiting requests can never starve it
        ExecutorService pool = Executors.newFixedThreadPool(config.concurrency(), context.helpers());
        ExecutorService http = Executors.newCachedThreadPool(context.helpers());
        ChatClient captions = client(config.server(), http);
        ChatClient enhancer = config.enhance() != null ? client(config.enhance().server(config), http) : null;
        return new Captioner(
                config, prompt, enhancePrompt, need, captions, enhancer, List.of(pool, http), context, this::count);
    }
}
