package dev.clipsift.caption;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * An OpenAI-compatible server as the settings name it: its base URL ({@code http://127.0.0.1:8000/v1}), the
 * model, and where its API key is (an environment variable, or a file). The key itself is read only when a
 * client is made, and lives nowhere else.
 */
record Server(String endpoint, String model, String apiKeyEnv, @Nullable String apiKeyFile) {

    /** The base URL, checked: http(s), with a host. */
    URI base() {
        URI u;
        try {
            u = URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("captioning endpoint '" + endpoint + "' is not a URL");
        }
        if (u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
            throw new IllegalArgumentException(
                    "captioning endpoint '" + endpoint + "' must be an http(s) URL such as http://127.0.0.1:8000/v1");
        }
        if (u.getUserInfo() != null || u.getQuery() != null) {
            throw new IllegalArgumentException("captioning endpoint must not carry credentials or a query: give the"
                    + " key with --captioning-api-key-env or --captioning-api-key-file");
        }
        return u;
    }

    /**
     * The API key, or null when neither the file nor the variable ({@link ApiKeys}) gives one (local servers need
     * none).
     */
    @Nullable
    String apiKey() throws IOException {
        if (apiKeyFile != null) {
            String k = Files.readString(Path.of(apiKeyFile), StandardCharsets.UTF_8)
                    .strip();
            if (k.isEmpty()) {
                throw new IOException("the API key file " + apiKeyFile + " is empty");
            }
            return k;
        }
        return ApiKeys.variable(apiKeyEnv);
    }

    @Override
    public String toString() {
        return model + " at " + endpoint;
    }
}
