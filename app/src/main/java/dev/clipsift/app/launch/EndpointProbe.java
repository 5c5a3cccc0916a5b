package dev.clipsift.app.launch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks an OpenAI-compatible server which models it serves ({@code GET <endpoint>/models}, the endpoint being
 * its base URL such as {@code http://127.0.0.1:8000/v1}) with a short timeout, so the launcher can say before a
 * run starts that the captioning server is down or lacks the model. No API key is sent: a server that wants
 * one answers 401, which counts as reachable.
 */
final class EndpointProbe {
    private final Duration timeout;

    EndpointProbe(Duration timeout) {
        this.timeout = timeout;
    }

    /** What the server said: the models it lists (empty when it wanted a key), or a problem in words. */
    record Answer(List<String> models, String problem) {
        boolean reachable() {
            return problem.isEmpty();
        }
    }

    Answer models(String endpoint) throws InterruptedException {
        URI uri;
        try {
            uri = URI.create((endpoint.endsWith("/") ? endpoint : endpoint + "/") + "models");
        } catch (IllegalArgumentException e) {
            return new Answer(List.of(), "Not a URL: " + endpoint);
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            return new Answer(List.of(), "An http(s) URL such as http://127.0.0.1:8000/v1, not " + endpoint + ".");
        }
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        HttpResponse<String> res;
        try {
            res = http.send(
                    HttpRequest.newBuilder(uri).timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return new Answer(List.of(), "No server answers at " + endpoint + " (" + why + ").");
        }
        if (res.statusCode() == 401 || res.statusCode() == 403) {
            return new Answer(List.of(), "");
        }
        if (res.statusCode() != 200) {
            return new Answer(
                    List.of(), "The server at " + endpoint + " answered HTTP " + res.statusCode() + " to GET models.");
        }
        List<String> ids = new ArrayList<>();
        try {
            for (JsonNode m : Json.mapper().readTree(res.body()).path("data")) {
                if (m.hasNonNull("id")) {
                    ids.add(m.get("id").asText());
                }
            }
        } catch (IOException e) {
            return new Answer(
                    List.of(),
                    "The server at " + endpoint + " does not speak the OpenAI API (its model list is not JSON).");
        }
        return new Answer(ids, "");
    }
}
