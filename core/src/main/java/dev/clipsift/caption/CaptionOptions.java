package dev.clipsift.caption;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.engine.FamilyOptions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The captioning flags of {@code run}, {@code score} and {@code caption}. Giving an endpoint turns captioning
 * on; {@code --no-captioning} turns it off. The API key is never a flag: only where to read it.
 */
final class CaptionOptions implements FamilyOptions {
    @Option(
            names = "--captioning-endpoint",
            paramLabel = "URL",
            description =
                    "Caption clips with the OpenAI-compatible server at URL (its base, e.g. http://127.0.0.1:8000/v1).")
    @Nullable
    String endpoint;

    @Option(
            names = "--captioning-model",
            paramLabel = "NAME",
            description = "The model to ask, as the server's /v1/models lists it (e.g. Qwen/Qwen2.5-VL-7B-Instruct).")
    @Nullable
    String model;

    @Option(
            names = "--captioning-api-key-env",
            paramLabel = "VAR",
            description =
                    "The environment variable that holds the API key (default CLIPSIFT_CAPTIONING_API_KEY; unset: no key).")
    @Nullable
    String apiKeyEnv;

    @Option(
            names = "--captioning-api-key-file",
            paramLabel = "FILE",
            description = "Read the API key from FILE instead (the key is never written anywhere).")
    @Nullable
    String apiKeyFile;

    @Option(
            names = "--captioning-version",
            paramLabel = "vN",
            description = "The caption version to make (default v0); an existing version is never written over.")
    @Nullable
    String version;

    @Option(
            names = "--captioning-prompt-variant",
            paramLabel = "NAME",
            description = "The shipped prompt: default, av or av-surveillance.")
    @Nullable
    String promptVariant;

    @Option(names = "--captioning-prompt-text", paramLabel = "TEXT", description = "A prompt of your own instead.")
    @Nullable
    String promptText;

    @Option(
            names = "--captioning-window-frames",
            paramLabel = "N",
            description =
                    "Source frames per caption window (default 256; a remainder under half a window joins the last).")
    @Nullable
    Integer windowFrames;

    @Option(
            names = "--captioning-fps",
            paramLabel = "FPS",
            description = "Frames sent per second of video (default 2).")
    @Nullable
    Double fps;

    @Option(
            names = "--captioning-max-side",
            paramLabel = "PX",
            description = "Longer side of the frames sent, rounded to 28-px patches (default 448).")
    @Nullable
    Integer maxSide;

    @Option(
            names = "--captioning-send",
            paramLabel = "images|video",
            description = "Send each window as images (default) or as one MP4 video part (vLLM's video_url).")
    @Nullable
    String send;

    @Option(
            names = "--captioning-max-tokens",
            paramLabel = "N",
            description = "Longest caption per window, in tokens (default 512).")
    @Nullable
    Integer maxTokens;

    @Option(names = "--captioning-temperature", paramLabel = "T", description = "Sampling temperature (default 0.1).")
    @Nullable
    Double temperature;

    @Option(
            names = "--captioning-concurrency",
            paramLabel = "N",
            description = "Requests in flight at once (default 4).")
    @Nullable
    Integer concurrency;

    @Option(
            names = "--captioning-timeout-s",
            paramLabel = "S",
            description = "Time one request may take (default 120).")
    @Nullable
    Double timeoutS;

    @Option(
            names = "--captioning-retries",
            paramLabel = "N",
            description = "Retries of a request on 429, 5xx or a broken connection (default 4).")
    @Nullable
    Integer retries;

    @Option(names = "--no-captioning", description = "Do not caption (captions already made are kept).")
    boolean off;

    @Option(
            names = "--enhance-captions",
            description = "Rewrite each caption with a text model (a second request per clip).")
    boolean enhance;

    @Option(
            names = "--enhance-endpoint",
            paramLabel = "URL",
            description = "The text model's server (default: the captioning one).")
    @Nullable
    String enhanceEndpoint;

    @Option(
            names = "--enhance-model",
            paramLabel = "NAME",
            description = "The text model (default: the captioning model).")
    @Nullable
    String enhanceModel;

    @Option(
            names = "--enhance-api-key-env",
            paramLabel = "VAR",
            description = "Its API key's variable (default: the captioning one).")
    @Nullable
    String enhanceApiKeyEnv;

    @Option(
            names = "--enhance-prompt-text",
            paramLabel = "TEXT",
            description = "The rewriting prompt; {caption} stands for the caption (default: the shipped one).")
    @Nullable
    String enhancePromptText;

    @Override
    public void applyTo(ObjectNode section) {
        if (endpoint != null) {
            section.put("enabled", true);
            section.put("endpoint", endpoint);
        }
        if (off) {
            section.put("enabled", false);
        }
        put(section, "model", model);
        put(section, "api_key_env", apiKeyEnv);
        put(section, "api_key_file", apiKeyFile);
        put(section, "version", version);
        if (promptVariant != null) {
            section.put("prompt_variant", promptVariant);
            section.remove("prompt_text");
        }
        put(section, "prompt_text", promptText);
        put(section, "window_frames", windowFrames);
        put(section, "fps", fps);
        put(section, "max_side", maxSide);
        put(section, "send", send);
        put(section, "max_tokens", maxTokens);
        put(section, "temperature", temperature);
        put(section, "concurrency", concurrency);
        put(section, "timeout_s", timeoutS);
        put(section, "retries", retries);
        if (enhance || enhanceEndpoint != null || enhanceModel != null || enhancePromptText != null) {
            ObjectNode e = section.get("enhance") instanceof ObjectNode o ? o : section.putObject("enhance");
            put(e, "endpoint", enhanceEndpoint);
            put(e, "model", enhanceModel);
            put(e, "api_key_env", enhanceApiKeyEnv);
            put(e, "prompt_text", enhancePromptText);
        }
    }

    private static void put(ObjectNode n, String key, @Nullable Object value) {
        if (value instanceof String s) {
            n.put(key, s);
        } else if (value instanceof Integer i) {
            n.put(key, i);
        } else if (value instanceof Double d) {
            n.put(key, d);
        }
    }
}
