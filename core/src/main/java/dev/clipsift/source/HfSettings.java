package dev.clipsift.source;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How to reach the Hugging Face Hub, read the way {@code huggingface_hub} reads it: the endpoint from
 * {@code HF_ENDPOINT} (default {@code https://huggingface.co}); the token from {@code HF_TOKEN}, else the file
 * the Hub's CLI login writes ({@code $HF_TOKEN_PATH}, else {@code $HF_HOME/token}, {@code HF_HOME} defaulting to
 * {@code $XDG_CACHE_HOME/huggingface} or {@code ~/.cache/huggingface}). A Java system property of the same name
 * takes precedence over the environment variable (for embedding and tests); an empty value counts as unset.
 * The token is only ever used as an {@code Authorization} header: {@link #toString()} leaves it out.
 */
public final class HfSettings {
    static final URI DEFAULT_ENDPOINT = URI.create("https://huggingface.co");

    private final URI endpoint;
    private final String token;

    public HfSettings(URI endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token == null || token.isBlank() ? null : token.strip();
    }

    /** From system properties and the environment, as described above. */
    public static HfSettings current() {
        return from(
                name -> {
                    String p = System.getProperty(name);
                    return p != null ? p : System.getenv(name);
                },
                Path.of(System.getProperty("user.home")));
    }

    /** From {@code lookup} (a variable's value, or null) and the user's home folder. */
    static HfSettings from(UnaryOperator<String> lookup, Path home) {
        UnaryOperator<String> get = name -> {
            String v = lookup.apply(name);
            return v == null || v.isBlank() ? null : v.strip();
        };
        String endpointText = get.apply("HF_ENDPOINT");
        URI endpoint = DEFAULT_ENDPOINT;
        if (endpointText != null) {
            endpoint = parseEndpoint(endpointText);
        }
        String token = get.apply("HF_TOKEN");
        if (token == null) {
            token = readToken(tokenFile(get, home));
        }
        return new HfSettings(endpoint, token);
    }

    private static URI parseEndpoint(String text) {
        try {
            URI uri = URI.create(text);
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new SourceException("HF_ENDPOINT is not an http(s) URL: " + text);
    }

    private static Path tokenFile(UnaryOperator<String> get, Path home) {
        if (get.apply("HF_TOKEN_PATH") != null) {
            return Path.of(get.apply("HF_TOKEN_PATH"));
        }
        if (get.apply("HF_HOME") != null) {
            return Path.of(get.apply("HF_HOME"), "token");
        }
        String xdg = get.apply("XDG_CACHE_HOME");
        Path cache = xdg != null ? Path.of(xdg) : home.resolve(".cache");
        return cache.resolve("huggingface").resolve("token");
    }

    private static String readToken(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public boolean hasToken() {
        return token != null;
    }

    /** The headers every request to the Hub carries: the token, if there is one. */
    Map<String, String> headers() {
        return token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
    }

    /** The endpoint as shown in messages: scheme, host and port. */
    public String endpointShown() {
        return endpoint.getScheme() + "://" + endpoint.getHost()
                + (endpoint.getPort() > 0 ? ":" + endpoint.getPort() : "");
    }

    @Override
    public String toString() {
        return "HfSettings[endpoint=" + endpointShown() + ", token=" + (token == null ? "none" : "set") + "]";
    }
}
