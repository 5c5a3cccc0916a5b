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

/**
 * Reads HTTP(S) URLs with retries: connection failures, stalls (no byte for the read timeout), 429 and 5xx
 * answers are tried again after a backoff; a download cut short resumes where it stopped with a
 * {@code Range} request (and starts over when the server ignores it). Other answers become a
 * {@link SourceException} in words. Uses {@link HttpURLConnection} for its per-read timeout.
 */
public final class HttpFetcher {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

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
        return withRetries(shown, () -> {
            HttpURLConnection c = open(url, "bytes=0-0");
            try {
                int status = c.getResponseCode();
                Long mtime = c.getLastModified() > 0 ? c.getLastModified() : null;
                if (status == 206) {
                    drain(c);
                    return new Head(totalFromContentRange(c.getHeaderField("Content-Range")), mtime);
                }
                if (status == 200) {
                    long length = c.getContentLengthLong();
                    return new Head(length >= 0 ? length : null, mtime);
                }
                throw failure(status, shown);
            } finally {
                c.disconnect();
            }
        });
    }

    /** Downloads {@code url} completely into {@code tmp} (appending to what it already holds, when the server allows). */
    public void download(URI url, Path tmp, Long expectedSize, String shown) {
        withRetries(shown, () -> {
            long have = Files.exists(tmp) ? Files.size(tmp) : 0;
            if (expectedSize != null && have == expectedSize) {
                return null;
            }
            HttpURLConnection c = open(url, have > 0 ? "bytes=" + have + "-" : null);
            try {
                int status = c.getResponseCode();
                boolean append;
                if (status == 206 && have > 0 && startOfContentRange(c.getHeaderField("Content-Range")) == have) {
                    append = true;
                } else if (status == 200) {
                    append = false;
                } else if (status == 416 && have > 0) {
                    Files.delete(tmp);
                    throw new IOException("the server refused to resume; starting over");
                } else {
                    throw failure(status, shown);
                }
                try (InputStream body = c.getInputStream();
                        OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
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

    private HttpURLConnection open(URI url, String range) throws IOException {
        HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection();
        c.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
        c.setReadTimeout((int) readTimeout.toMillis());
        c.setInstanceFollowRedirects(true);
        if (range != null) {
            c.setRequestProperty("Range", range);
        }
        return c;
    }

    private static void drain(HttpURLConnection c) throws IOException {
        try (InputStream in = c.getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
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
            return new IOException("the server answered HTTP " + status);
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
        T run() throws Exception;
    }

    private <T> T withRetries(String shown, Attempt<T> attempt) {
        String last = "";
        for (int i = 1; i <= backoff.maxAttempts(); i++) {
            try {
                return attempt.run();
            } catch (Final e) {
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

    private static Long totalFromContentRange(String header) {
        if (header == null) {
            return null;
        }
        String total = header.substring(header.lastIndexOf('/') + 1).trim();
        return total.equals("*") ? null : Long.parseLong(total);
    }

    private static long startOfContentRange(String header) {
        if (header == null) {
            return -1;
        }
        String h = header.replaceFirst("^bytes\\s+", "");
        return Long.parseLong(h.substring(0, h.indexOf('-')).trim());
    }
}
