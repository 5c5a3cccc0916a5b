package dev.clipsift.caption;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The {@code captioning} section. Off unless {@code enabled} (giving an endpoint on the command line turns it
 * on). The server: any OpenAI-compatible chat-completions {@code endpoint} (its base URL, ending in {@code /v1})
 * and {@code model}; its API key is read at run time from the environment variable {@code api_key_env} or the
 * file {@code api_key_file} and is never part of the section, so it reaches no record, log or manifest.
 *
 * <p>What a caption is made of, as cosmos-curate makes it: windows of {@code window_frames} source frames (256;
 * a remainder of at least {@code min_remainder_frames}, 128, is a window of its own, else merged into the last),
 * frames sampled at {@code fps} (2) with the longer side at most {@code max_side} pixels (448: Qwen2.5-VL reads
 * 28-pixel patches, so each side is rounded to a multiple of 28), sent as {@code send} {@code images} (one image
 * part per frame, in one request per window) or {@code video} (one MP4 video part per window, for servers that
 * accept {@code video_url}); the prompt is a shipped variant ({@code default}, {@code av}, {@code av-surveillance})
 * or {@code prompt_text}; {@code max_tokens} and {@code temperature} go to the server.
 *
 * <p>The caption is stored as version {@code version} ({@code v0}); an existing version is never written over.
 * {@code only} (clip ids) or {@code where} (a {@link ClipSelection} expression) limit which clips get it.
 * {@code enhance}: an optional second pass through a text model. {@code concurrency} requests in flight at once,
 * each given {@code timeout_s} and retried {@code retries} times on 429, 5xx and broken connections, waiting from
 * {@code backoff_s} up (doubling, with jitter, or what the server's Retry-After says).
 */
public record CaptionConfig(
        Boolean enabled,
        @Nullable String endpoint,
        @Nullable String model,
        String apiKeyEnv,
        @Nullable String apiKeyFile,
        String version,
        String promptVariant,
        @Nullable String promptText,
        Integer windowFrames,
        Integer minRemainderFrames,
        Double fps,
        Integer maxSide,
        String send,
        Integer maxTokens,
        Double temperature,
        Integer concurrency,
        Double timeoutS,
        Integer retries,
        Double backoffS,
        @Nullable List<String> only,
        @Nullable String where,
        @Nullable EnhanceConfig enhance) {

    public static final String DEFAULT_KEY_ENV = "CLIPSIFT_CAPTIONING_API_KEY";
    static final List<String> VARIANTS = List.of("default", "av", "av-surveillance");

    public CaptionConfig {
        enabled = enabled != null && enabled;
        apiKeyEnv = apiKeyEnv == null ? DEFAULT_KEY_ENV : apiKeyEnv;
        version = version == null ? "v0" : version;
        promptVariant = promptVariant == null ? "default" : promptVariant.toLowerCase(Locale.ROOT);
        windowFrames = windowFrames == null ? 256 : windowFrames;
        minRemainderFrames = minRemainderFrames == null ? 128 : minRemainderFrames;
        fps = fps == null ? 2.0 : fps;
        maxSide = maxSide == null ? 448 : maxSide;
        send = send == null ? "images" : send.toLowerCase(Locale.ROOT);
        maxTokens = maxTokens == null ? 512 : maxTokens;
        temperature = temperature == null ? 0.1 : temperature;
        concurrency = concurrency == null ? 4 : concurrency;
        timeoutS = timeoutS == null ? 120.0 : timeoutS;
        retries = retries == null ? 4 : retries;
        backoffS = backoffS == null ? 1.0 : backoffS;
        only = only == null ? null : List.copyOf(only);
        if (!version.matches("v[0-9]+")) {
            throw new IllegalArgumentException("captioning: version must be v0, v1, ..., got '" + version + "'");
        }
        if (promptText == null && !VARIANTS.contains(promptVariant)) {
            throw new IllegalArgumentException(
                    "captioning: prompt_variant must be one of " + VARIANTS + ", got '" + promptVariant + "'");
        }
        if (windowFrames < 1 || minRemainderFrames < 0 || minRemainderFrames > windowFrames) {
            throw new IllegalArgumentException("captioning: window_frames must be at least 1 and"
                    + " min_remainder_frames between 0 and window_frames, got " + windowFrames + " and "
                    + minRemainderFrames);
        }
        if (!(fps > 0) || maxSide < 28) {
            throw new IllegalArgumentException(
                    "captioning: fps must be positive and max_side at least 28, got " + fps + " and " + maxSide);
        }
        if (!send.equals("images") && !send.equals("video")) {
            throw new IllegalArgumentException("captioning: send must be images or video, got '" + send + "'");
        }
        if (maxTokens < 1 || concurrency < 1 || !(timeoutS > 0) || retries < 0 || !(backoffS >= 0)) {
            throw new IllegalArgumentException("captioning: max_tokens and concurrency must be at least 1, timeout_s"
                    + " positive, retries and backoff_s 0 or more");
        }
        if (only != null && where != null) {
            throw new IllegalArgumentException("captioning: give only or where, not both");
        }
        if (where != null) {
            ClipSelection.parse(where);
        }
        if (enabled && (endpoint == null || endpoint.isBlank() || model == null || model.isBlank())) {
            throw new IllegalArgumentException(
                    "captioning: an endpoint and a model are needed (--captioning-endpoint URL --captioning-model NAME)");
        }
    }

    public static CaptionConfig defaults() {
        return new CaptionConfig(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** The server this section names. */
    Server server() {
        return new Server(endpoint, model, apiKeyEnv, apiKeyFile);
    }

    /**
     * The {@code enhance} subsection: a text model that rewrites each caption with {@code prompt_text} (a shipped
     * template by default). {@code endpoint}, {@code model} and the key default to the captioning server's.
     */
    public record EnhanceConfig(
            @Nullable String endpoint,
            @Nullable String model,
            @Nullable String apiKeyEnv,
            @Nullable String apiKeyFile,
            @Nullable String promptText,
            Integer maxTokens) {
        public EnhanceConfig {
            maxTokens = maxTokens == null ? 512 : maxTokens;
            if (maxTokens < 1) {
                throw new IllegalArgumentException("captioning.enhance: max_tokens must be at least 1");
            }
        }

        Server server(CaptionConfig captioning) {
            return new Server(
                    endpoint != null ? endpoint : captioning.endpoint(),
                    model != null ? model : captioning.model(),
                    apiKeyEnv != null ? apiKeyEnv : captioning.apiKeyEnv(),
                    apiKeyFile != null ? apiKeyFile : captioning.apiKeyFile());
        }
    }
}
