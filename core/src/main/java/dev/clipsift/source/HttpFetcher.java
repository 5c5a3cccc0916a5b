package dev.clipsift.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Reads HTTP(S) URLs with retries: connection failures, timeouts, 429 and 5xx answers are tried again after
 * a backoff; a download cut short resumes where it stopped with a {@code Range} request (and starts over
 * when the server ignores it). Other answers become a {@link SourceException} in words.
 */
public final class HttpFetcher {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration HEADERS_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final Backoff backoff;

    public HttpFetcher(Backoff backoff) {
        this.backoff = backoff;
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** What a first one-byte ranged GET tells about a URL (works for GET-only presigned URLs, unlike HEAD). */
    public record Head(Long size, Long mtimeMs) {}

    public Head head(URI url, String shown) {
        return withRetries(shown, attempt -> {
            HttpRequest req = request(url).header("Range", "bytes=0-0").build();
            HttpResponse<InputStream> resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = resp.body()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
            int status = resp.statusCode();
            if (status == 206) {
                return new Head(totalFromContentRange(resp.headers().firstValue("Content-Range")), lastModified(resp));
            }
            if (status == 200) {
                return new Head(resp.headers().firstValueAsLong("Content-Length").stream().boxed().findFirst().orElse(null),
                        lastModified(resp));
            }
            throw failure(status, shown);
        });
    }

    /** Downloads {@code url} completely into {@code tmp} (appending to what it already holds, when the server allows). */
    public void download(URI url, Path tmp, Long expectedSize, String shown) {
        withRetries(shown, attempt -> {
            long have = Files.exists(tmp) ? Files.size(tmp) : 0;
            if (expectedSize != null && have == expectedSize) {
                return null;
            }
            HttpRequest.Builder req = request(url);
            if (have > 0) {
                req.header("Range", "bytes=" + have + "-");
            }
            HttpResponse<InputStream> resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
            int status = resp.statusCode();
            boolean append;
            if (status == 206 && have > 0 && startOfContentRange(resp.headers().firstValue("Content-Range")) == have) {
                append = true;
            } else if (status == 200) {
                append = false;
            } else {
                resp.body().close();
                if (status == 416 && have > 0) {
                    Files.delete(tmp);
                    throw new IOException("the server refused to resume; starting over");
                }
                throw failure(status, shown);
            }
            try (InputStream body = resp.body();
                    OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                            append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                body.transferTo(out);
            }
            if (expectedSize != null && Files.size(tmp) != expectedSize) {
                throw new IOException("got " + Files.size(tmp) + " of " + expectedSize + " bytes");
            }
            return null;
        });
    }

    private static HttpRequest.Builder request(URI url) {
        return HttpRequest.newBuilder(url).timeout(HEADERS_TIMEOUT).GET();
    }

    /** Thrown for answers that retrying will not change (404, 403, ...). */
    private static final class Final extends SourceException {
        private static final long serialVersionUID = 1L;

        Final(String message) {
            super(message);
        }
    }

    /** An answer that is worth another try, or a final one in words. */
    private static Exception failure(int status, String shown) {
        if (status == 429 || status >= 500) {
            return new IOException("HTTP " + status);
        }
        String why = switch (status) {
            case 401 -> "needs authentication (HTTP 401)";
            case 403 -> "access denied (HTTP 403; a presigned URL may have expired)";
            case 404 -> "not found (HTTP 404)";
            case 410 -> "gone (HTTP 410)";
            default -> "the server answered HTTP " + status;
        };
        return new Final(why + ": " + shown);
    }

    private interface Attempt<T> {
        T run(int attempt) throws Exception;
    }

    private <T> T withRetries(String shown, Attempt<T> attempt) {
        String last = "";
        for (int i = 1; i <= backoff.maxAttempts(); i++) {
            try {
                return attempt.run(i);
            } catch (Final e) {
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceException("interrupted while reading " + shown);
            } catch (Exception e) {
                last = reason(e);
            }
            if (i < backoff.maxAttempts() && !backoff.pauseAfter(i)) {
                throw new SourceException("interrupted while reading " + shown);
            }
        }
        throw new SourceException("gave up on " + shown + " after " + backoff.maxAttempts() + " attempts: " + last);
    }

    private static String reason(Exception e) {
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "the server did not answer in time";
        }
        if (e instanceof java.net.ConnectException) {
            return "cannot connect (nothing answers there)";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static Long lastModified(HttpResponse<?> resp) {
        Optional<String> v = resp.headers().firstValue("Last-Modified");
        try {
            return v.map(s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli()).orElse(null);
        } catch (RuntimeException badDate) {
            return null;
        }
    }

    private static Long totalFromContentRange(Optional<String> header) {
        return header.map(h -> h.substring(h.lastIndexOf('/') + 1).trim())
                .filter(t -> !t.equals("*")).map(Long::parseLong).orElse(null);
    }

    private static long startOfContentRange(Optional<String> header) {
        return header.map(h -> h.replaceFirst("^bytes\\s+", ""))
                .map(h -> Long.parseLong(h.substring(0, h.indexOf('-')).trim())).orElse(-1L);
    }
}
