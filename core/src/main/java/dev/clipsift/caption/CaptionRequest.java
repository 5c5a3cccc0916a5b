package dev.clipsift.caption;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.io.Json;
import java.util.List;
import java.util.function.Consumer;

/**
 * The bodies of the chat-completion requests ClipSift sends, in the OpenAI format: one user message whose
 * content is the window's images ({@code image_url} parts with JPEG {@code data:} URLs) or its video
 * ({@code video_url}, an MP4 {@code data:} URL, as vLLM takes it) followed by the prompt text.
 */
final class CaptionRequest {
    private CaptionRequest() {}

    static ObjectNode images(String model, String prompt, List<byte[]> jpegs, int maxTokens, double temperature) {
        return request(model, prompt, maxTokens, temperature, content -> {
            for (byte[] jpeg : jpegs) {
                part(content, "image_url", FrameImages.dataUrl("image/jpeg", jpeg));
            }
        });
    }

    static ObjectNode video(String model, String prompt, byte[] mp4, int maxTokens, double temperature) {
        return request(
                model,
                prompt,
                maxTokens,
                temperature,
                content -> part(content, "video_url", FrameImages.dataUrl("video/mp4", mp4)));
    }

    /** A text-only request (the enhancement pass). */
    static ObjectNode text(String model, String prompt, int maxTokens, double temperature) {
        return request(model, prompt, maxTokens, temperature, content -> {});
    }

    /** A request whose one user message holds the parts {@code media} adds and then the prompt. */
    private static ObjectNode request(
            String model, String prompt, int maxTokens, double temperature, Consumer<ArrayNode> media) {
        ObjectNode body = body(model, maxTokens, temperature);
        ArrayNode content = content(body);
        media.accept(content);
        content.addObject().put("type", "text").put("text", prompt);
        return body;
    }

    private static void part(ArrayNode content, String type, String url) {
        content.addObject().put("type", type).putObject(type).put("url", url);
    }

    private static ObjectNode body(String model, int maxTokens, double temperature) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("model", model);
        body.put("max_tokens", maxTokens);
        body.put("temperature", temperature);
        return body;
    }

    private static ArrayNode content(ObjectNode body) {
        ObjectNode user = body.putArray("messages").addObject();
        user.put("role", "user");
        return user.putArray("content");
    }
}
