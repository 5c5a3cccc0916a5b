package dev.clipsift.caption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.io.Json;
import dev.clipsift.pipeline.ItemFailure;
import dev.clipsift.source.Backoff;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * A client of an OpenAI-compatible server ({@code /v1/models}, {@code /v1/chat/completions}): vLLM, SGLang,
 * Ollama, llama.cpp's server, NIM, OpenAI. Throttling (429), server errors (5xx), timeouts and broken connections
 * are retried with backoff (the server's {@code Retry-After} when it gives one); once the retries are spent the
 * server counts as unavailable ({@link Unavailable}). Any other refusal is the request's ({@code rejected}), an
 * answer it cannot read is {@code bad_response}. The API key goes in the {@code Authorization} header only.
 */
final class ChatClient {
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private final @Nullable String key;
    private final Duration timeout;
    private final Backoff backoff;

    /** @param executor the threads the HTTP client runs on (the stage's helpers), or null for the JDK's own */
    ChatClient(Server server, Duration timeout, int retries, double backoffS, @Nullable Executor executor)
            throws IOException {
        this.base = server.base();
        this.key = server.apiKey();
        this.timeout = timeout;
        long baseMs = Math.round(backoffS * 1000);
        this.backoff = new Backoff(retries + 1, Duration.ofMillis(baseMs), Duration.ofMillis(Math.max(baseMs, 30_000)));
        HttpClient.Builder b = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(Math.min(10, Math.max(1, timeout.toSeconds()))));
        if ("http".equals(base.getScheme())) {
            // plain HTTP: no h2c upgrade (vLLM, Ollama and llama.cpp's server speak HTTP/1.1 there)
            b.version(HttpClient.Version.HTTP_1_1);
        }
        this.http = (executor != null ? b.executor(executor) : b).build();
    }

    /** The server's answer to one request: the text, token counts (null when the server gives none) and tries. */
    record Reply(String text, @Nullable Integer promptTokens, @Nullable Integer outputTokens, int attempts) {}

    /** The server could not be reached or kept failing after every retry: not the clip's fault. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /** The models the server serves ({@code GET /models}), for checking the settings before a run. */
    List<String> models() throws IOException, InterruptedException {
        HttpRequest.Builder r = request("models").GET();
        HttpResponse<String> res;
        try {
            res = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException("cannot reach the captioning server at " + base + ": " + describe(e), e);
        }
        if (res.statusCode() == 401 || res.statusCode() == 403) {
            throw new IOException("the captioning server at " + base + " refused the API key (HTTP " + res.statusCode()
                    + "): set it with --captioning-api-key-env NAME or --captioning-api-key-file FILE");
        }
        if (res.statusCode() != 200) {
            throw new IOException("the captioning server at " + base + " answered HTTP " + res.statusCode()
                    + " to GET models: " + errorOf(res.body()));
        }
        List<String> ids = new ArrayList<>();
        try {
            for (JsonNode m : Json.mapper().readTree(res.body()).path("data")) {
                if (m.hasNonNull("id")) {
                    ids.add(m.get("id").asText());
                }
            }
        } catch (IOException e) {
            throw new IOException("the captioning server at " + base + " sent a model list that is not JSON", e);
        }
        return ids;
    }

    /** Sends one chat completion; retried as the class says. */
    Reply chat(ObjectNode body) throws Unavailable, ItemFailure, InterruptedException {
        byte[] json;
        try {
            json = Json.mapper().writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String last = "no attempt";
        for (int attempt = 1; ; attempt++) {
            Duration wait = null;
            try {
                HttpResponse<String> res = http.send(
                        request("chat/completions")
                                .timeout(timeout)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                int status = res.statusCode();
                if (status == 200) {
                    return reply(res.body(), attempt);
                }
                last = "HTTP " + status + ": " + errorOf(res.body());
                if (status != 429 && status < 500) {
                    throw new ItemFailure("rejected", "the captioning server refused the request (" + last + ")");
                }
                wait = retryAfter(res).orElse(null);
            } catch (IOException e) {
                last = describe(e);
            }
            if (attempt >= backoff.maxAttempts()) {
                throw new Unavailable(
                        "captioning server at " + base + " unavailable after " + attempt + " tries: " + last);
            }
            Thread.sleep((wait != null ? wait : backoff.delayAfter(attempt)).toMillis());
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return b;
    }

    private static Reply reply(String body, int attempts) throws ItemFailure {
        JsonNode n;
        try {
            n = Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new ItemFailure("bad_response", "the captioning server's answer is not JSON: " + snippet(body));
        }
        JsonNode content = n.path("choices").path(0).path("message").path("content");
        String text = content.isTextual() ? content.asText() : partsText(content);
        if (text == null || text.isBlank()) {
            throw new ItemFailure(
                    "bad_response",
                    "the captioning server's answer has no choices[0].message.content: " + snippet(body));
        }
        JsonNode usage = n.path("usage");
        return new Reply(
                text.strip(),
                intOrNull(usage.path("prompt_tokens")),
                intOrNull(usage.path("completion_tokens")),
                attempts);
    }

    /** The text of a content given as parts ({@code [{"type":"text","text":...}]}), or null. */
    private static @Nullable String partsText(JsonNode content) {
        if (!content.isArray()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        content.forEach(p -> b.append(p.path("text").asText("")));
        return b.toString();
    }

    private static @Nullable Integer intOrNull(JsonNode n) {
        return n.isNumber() ? n.asInt() : null;
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> res) {
        return res.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                Duration d = Duration.ofSeconds(Long.parseLong(v.strip()));
                return Optional.of(d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The message of an OpenAI-style error body ({@code {"error": {"message": ...}}}), else its start. */
    private static String errorOf(String body) {
        try {
            JsonNode e = Json.mapper().readTree(body).path("error");
            String m = e.isTextual() ? e.asText() : e.path("message").asText(null);
            if (m != null) {
                return snippet(m);
            }
        } catch (IOException ignored) {
            // not JSON: its start says more than nothing
        }
        return snippet(body);
    }

    private static String snippet(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 200 ? one.substring(0, 200) + "..." : one;
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
