package dev.clipsift.caption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.clipsift.io.Json;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * A stand-in for a vision-language model server (vLLM and the like), on loopback: it speaks the OpenAI protocol
 * ({@code GET /v1/models}, {@code POST /v1/chat/completions}), decodes every image and video it is sent, and
 * answers with a caption that says what it received ({@code "3 images 448x196: <first words of the prompt>"}),
 * so tests check what ClipSift sent by what came back. It can throttle ({@link #throttleNext}), answer nonsense
 * ({@link #malformedNext}) and go down after some answers ({@link #downAfter}). Public for the app's tests (core's
 * test-jar), where it plays the captioning server of a launched run and of a re-caption.
 */
public final class FakeVlmServer implements AutoCloseable {
    /** One chat request as received: its body, Authorization header, decoded images (w x h) and video frames. */
    public record Received(JsonNode body, String authorization, List<int[]> images, int videoFrames, String text) {}

    private final HttpServer server;
    private final List<String> models;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger throttle = new AtomicInteger();
    private final AtomicInteger malformed = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private volatile int downAfter = Integer.MAX_VALUE;

    public FakeVlmServer(int port, String... models) throws IOException {
        this.models = List.of(models);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fake-vlm");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/v1/models", this::models);
        server.createContext("/v1/chat/completions", this::chat);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The next {@code n} chat requests get 429 (Retry-After: 0). */
    void throttleNext(int n) {
        throttle.set(n);
    }

    /** The next {@code n} chat requests get a 200 whose body has no choices. */
    void malformedNext(int n) {
        malformed.set(n);
    }

    /** After {@code n} answered requests the server stops listening. */
    void downAfter(int n) {
        downAfter = n;
    }

    private void models(HttpExchange ex) throws IOException {
        ObjectNode body = Json.mapper().createObjectNode().put("object", "list");
        models.forEach(m -> body.withArray("data").addObject().put("id", m).put("object", "model"));
        answer(ex, 200, body.toString());
    }

    private void chat(HttpExchange ex) throws IOException {
        JsonNode body = Json.mapper().readTree(ex.getRequestBody());
        if (answered.get() >= downAfter) {
            ex.close(); // going down: no answer
            return;
        }
        String auth = String.valueOf(ex.getRequestHeaders().getFirst("Authorization"));
        if (throttle.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ex.getResponseHeaders().add("Retry-After", "0");
            answer(ex, 429, "{\"error\":{\"message\":\"rate limited\"}}");
            return;
        }
        List<int[]> images = new ArrayList<>();
        int videoFrames = 0;
        StringBuilder text = new StringBuilder();
        for (JsonNode part : body.path("messages").path(0).path("content")) {
            switch (part.path("type").asText()) {
                case "image_url" -> images.add(
                        image(part.path("image_url").path("url").asText()));
                case "video_url" -> videoFrames +=
                        videoFrames(part.path("video_url").path("url").asText());
                case "text" -> text.append(part.path("text").asText());
                default -> throw new IOException("unknown content part " + part);
            }
        }
        received.add(new Received(body, auth, images, videoFrames, text.toString()));
        if (malformed.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            answer(ex, 200, "{\"choices\":[]}");
            return;
        }
        String caption = caption(images, videoFrames, text.toString());
        ObjectNode reply = Json.mapper().createObjectNode().put("object", "chat.completion");
        reply.withArray("choices")
                .addObject()
                .put("index", 0)
                .putObject("message")
                .put("role", "assistant")
                .put("content", caption);
        reply.putObject("usage")
                .put("prompt_tokens", 10 * images.size() + text.length() / 4)
                .put("completion_tokens", caption.split(" ").length);
        answer(ex, 200, reply.toString());
        if (answered.incrementAndGet() == downAfter) {
            Thread stop = new Thread(() -> server.stop(0), "fake-vlm-down");
            stop.setDaemon(true);
            stop.start();
        }
    }

    /** What the server answers for a request: what it got, so a test can tell. */
    static String caption(List<int[]> images, int videoFrames, String prompt) {
        String words =
                String.join(" ", List.of(prompt.split("\\s+")).subList(0, Math.min(4, prompt.split("\\s+").length)));
        if (videoFrames > 0) {
            return videoFrames + " video frames: " + words;
        }
        if (images.isEmpty()) {
            return "text: " + words;
        }
        return images.size() + " images " + images.get(0)[0] + "x" + images.get(0)[1] + ": " + words;
    }

    private static int[] image(String url) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(data(url, "data:image/jpeg;base64,")));
        if (img == null) {
            throw new IOException("an image part does not decode as JPEG");
        }
        return new int[] {img.getWidth(), img.getHeight()};
    }

    private static int videoFrames(String url) throws IOException {
        Path tmp = Files.createTempFile("fake-vlm-", ".mp4");
        try {
            Files.write(tmp, data(url, "data:video/mp4;base64,"));
            try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(tmp.toFile())) {
                g.start();
                int n = 0;
                while (g.grabImage() != null) {
                    n++;
                }
                return n;
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] data(String url, String prefix) throws IOException {
        if (!url.startsWith(prefix)) {
            throw new IOException("expected a " + prefix + " URL, got " + url.substring(0, Math.min(40, url.length())));
        }
        return Base64.getDecoder().decode(url.substring(prefix.length()));
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
