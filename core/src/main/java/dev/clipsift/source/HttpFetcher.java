package dev.clipsift.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;

/**
 * Reads HTTP(S) URLs with retries: connection failures, stalls (no byte for the read timeout), 429 and 5xx
 * answers are tried again after a backoff; a download cut short resumes where it stopped with a
 * {@code Range} request (and starts over when the server ignores it). Other answers become a
 * {@link SourceException} in words. Uses {@link HttpURLConnection} for its per-read timeout.
 * <p>Requests may carry headers (an {@code Authorization} token): redirects are followed here, and the headers
 * go only to the origin (scheme, host, port) first asked, never to the host a redirect points elsewhere (a CDN
 * with a signed URL would reject them, and must not see the token).
 */
public final class HttpFetcher {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_REDIRECTS = 10;
    private static final int MAX_PAGE_BYTES = 64 << 20;

    private final Backoff backoff;
    private final Duration readTimeout;

    public HttpFetcher(Backoff backoff, Duration readTimeout) {
        this.backoff = backoff;
        this.readTimeout = readTimeout;
    }

    /** Retries per {@code backoff}; a connection that sends nothing for 30 s counts as failed. */
    public HttpFetcher(Backoff backoff) {
        this(backoff, Duration.ofSeconds(30));
    }

    /** What a first one-byte ranged GET tells about a URL (works for GET-only presigned URLs, unlike HEAD). */
    public record Head(Long size, Long mtimeMs) {}

    public Head head(URI url, String shown) {
        return head(url, Map.of(), shown);
    }

    /** As {@link #head(URI, String)}, sending {@code headers} to the URL's own origin. */
    public Head head(URI url, Map<String, String> headers, String shown) {
        return withRetries(shown, () -> {
            HttpURLConnection c =
                    request(url, headers, "GET", "bytes=0-0", shown).connection();
            try {
                int status = c.getResponseCode();
                Long mtime = c.getLastModified() > 0 ? c.getLastModified() : null;
                if (status == 206) {
                    drain(c);
                    return new Head(HttpHeaders.totalFromContentRange(c.getHeaderField("Content-Range")), mtime);
                }
                if (status == 200) {
                    long length = c.getContentLengthLong();
                    return new Head(length >= 0 ? length : null, mtime);
                }
                throw failure(status, c, shown);
            } finally {
                c.disconnect();
            }
        });
    }

    /** Downloads {@code url} completely into {@code tmp} (appending to what it already holds, when the server allows). */
    public void download(URI url, Path tmp, Long expectedSize, String shown) {
        download(url, Map.of(), tmp, expectedSize, shown);
    }

    /** As {@link #download(URI, Path, Long, String)}, sending {@code headers} to the URL's own origin. */
    public void download(URI url, Map<String, String> headers, Path tmp, Long expectedSize, String shown) {
        withRetries(shown, () -> {
            long have = Files.exists(tmp) ? Files.size(tmp) : 0;
            if (expectedSize != null && have == expectedSize) {
                return null;
            }
            HttpURLConnection c = request(url, headers, "GET", have > 0 ? "bytes=" + have + "-" : null, shown)
                    .connection();
            try {
                int status = c.getResponseCode();
                boolean append;
                if (status == 206
                        && have > 0
                        && HttpHeaders.startOfContentRange(c.getHeaderField("Content-Range")) == have) {
                    append = true;
                } else if (status == 200) {
                    append = false;
                } else if (status == 416 && have > 0) {
                    Files.delete(tmp);
                    throw new IOException("the server refused to resume; starting over");
                } else {
                    throw failure(status, c, shown);
                }
                try (InputStream body = c.getInputStream();
                        OutputStream out = Files.newOutputStream(
                                tmp,
                                StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE,
                                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                    body.transferTo(out);
                }
                if (expectedSize != null && Files.size(tmp) != expectedSize) {
                    throw new IOException("got " + Files.size(tmp) + " of " + expectedSize + " bytes");
                }
                return null;
            } finally {
                c.disconnect();
            }
        });
    }

    /** A small complete answer (an API page) and the next page's URL from its {@code Link: <...>; rel="next"} header. */
    public record Page(byte[] body, URI next) {}

    /** GETs one page of an API listing (with retries); the body must be complete and under 64 MiB. */
    public Page page(URI url, Map<String, String> headers, String shown) {
        return withRetries(shown, () -> {
            Reply reply = request(url, headers, "GET", null, shown);
            HttpURLConnection c = reply.connection();
            try {
                int status = c.getResponseCode();
                if (status != 200) {
                    throw failure(status, c, shown);
                }
                byte[] body;
                try (InputStream in = c.getInputStream()) {
                    body = in.readNBytes(MAX_PAGE_BYTES + 1);
                }
                if (body.length > MAX_PAGE_BYTES) {
                    throw new Refused(0, null, "a listing page over 64 MiB", shown);
                }
                return new Page(body, HttpHeaders.nextLink(reply.url(), c.getHeaderField("Link")));
            } finally {
                c.disconnect();
            }
        });
    }

    /**
     * Where {@code url} leads when asked with {@code headers}: the URL on another origin that a redirect points
     * to (to be read without the headers, e.g. a signed CDN URL), or null when the URL's own origin serves the
     * content itself (so reading it needs the headers).
     */
    public URI locate(URI url, Map<String, String> headers, String shown) {
        return withRetries(shown, () -> {
            Reply reply = request(url, headers, "HEAD", null, shown);
            HttpURLConnection c = reply.connection();
            try {
                int status = c.getResponseCode();
                if (HttpHeaders.isRedirect(status) && !HttpHeaders.sameOrigin(reply.url(), url)) {
                    return reply.url();
                }
                if (status == 200 || status == 206) {
                    return null;
                }
                throw failure(status, c, shown);
            } finally {
                c.disconnect();
            }
        });
    }

    /** The connection that answered, and the URL it answered for (or, after a redirect off-origin left unfollowed, where it points). */
    private record Reply(HttpURLConnection connection, URI url) {}

    /**
     * Sends the request, following redirects; {@code headers} go only to {@code url}'s origin. A HEAD stops at a
     * redirect to another origin (see {@link #locate}).
     */
    private Reply request(URI url, Map<String, String> headers, String method, String range, String shown)
            throws IOException {
        URI at = url;
        for (int hop = 0; ; hop++) {
            HttpURLConnection c = (HttpURLConnection) at.toURL().openConnection();
            c.setRequestMethod(method);
            c.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            c.setReadTimeout((int) readTimeout.toMillis());
            c.setInstanceFollowRedirects(false);
            if (HttpHeaders.sameOrigin(at, url)) {
                headers.forEach(c::setRequestProperty);
            }
            if (range != null) {
                c.setRequestProperty("Range", range);
            }
            int status = c.getResponseCode();
            String location = c.getHeaderField("Location");
            if (!HttpHeaders.isRedirect(status) || location == null) {
                return new Reply(c, at);
            }
            URI next = HttpHeaders.redirectTarget(at, location);
            if (next != null && method.equals("HEAD") && !HttpHeaders.sameOrigin(next, url)) {
                return new Reply(c, next);
            }
            drain(c);
            c.disconnect();
            if (next == null) {
                throw new Refused(status, null, "the server redirected to an unusable location", shown);
            }
            if (hop >= MAX_REDIRECTS) {
                throw new Refused(status, null, "too many redirects", shown);
            }
            at = next;
        }
    }

    private static void drain(HttpURLConnection c) throws IOException {
        try (InputStream in = c.getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** An answer that retrying will not change (404, 403, ...): its status and the server's error code header, if any. */
    public static final class Refused extends SourceException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String errorCode;
        private final String why;

        Refused(int status, String errorCode, String why, String shown) {
            super(why + ": " + shown);
            this.status = status;
            this.errorCode = errorCode;
            this.why = why;
        }

        /** The reason in words, without the path it is about. */
        public String why() {
            return why;
        }

        /** The HTTP status (0 when the answer was unusable for another reason). */
        public int status() {
            return status;
        }

        /** The server's {@code X-Error-Code} header (the Hugging Face Hub sends one), or null. */
        public String errorCode() {
            return errorCode;
        }
    }

    /** An answer that is worth another try, or a final one in words. */
    private static Exception failure(int status, HttpURLConnection c, String shown) {
        if (status == 429 || status >= 500) {
            return new IOException("the server answered HTTP " + status);
        }
        String why =
                switch (status) {
                    case 401 -> "needs authentication (HTTP 401)";
                    case 403 -> "access denied (HTTP 403; a presigned URL may have expired)";
                    case 404 -> "not found (HTTP 404)";
                    case 410 -> "gone (HTTP 410)";
                    default -> "the server answered HTTP " + status;
                };
        return new Refused(status, c.getHeaderField("X-Error-Code"), why, shown);
    }

    private interface Attempt<T> {
        T run() throws Exception;
    }

    private <T> T withRetries(String shown, Attempt<T> attempt) {
        String last = "";
        for (int i = 1; i <= backoff.maxAttempts(); i++) {
            try {
                return attempt.run();
            } catch (Refused e) {
                throw e;
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
        if (e instanceof SocketTimeoutException) {
            return "the server stopped sending (timed out)";
        }
        if (e instanceof ConnectException) {
            return "cannot connect (nothing answers there)";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
