package dev.clipsift.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A static file server on loopback over one folder, with {@code Range} support (single ranges, 206 answers)
 * and Last-Modified. It can stop the next N answers halfway (half the body is sent, then the connection
 * stalls, as a dying transfer does) to exercise resumed downloads, and answers 404 for missing files. Like
 * a CDN serving signed URLs, it refuses (400) any request carrying an {@code Authorization} header and counts them.
 */
public final class ClipServer implements AutoCloseable {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");
    private final HttpServer server;
    private final Path root;
    private final AtomicInteger cutShort = new AtomicInteger();
    private final List<String> ranges = new CopyOnWriteArrayList<>();
    private final AtomicInteger authorized = new AtomicInteger();

    public ClipServer(Path root) throws IOException {
        this.root = root;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "clip-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public URI url(String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + name);
    }

    /** The next {@code n} answers that carry a body from its start stop halfway. */
    public void cutShortNext(int n) {
        cutShort.set(n);
    }

    /** The Range headers received, in order ("-" for none). */
    public List<String> ranges() {
        return ranges;
    }

    /** How many requests carried an {@code Authorization} header (all refused). */
    public int authorizedRequests() {
        return authorized.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Connection", "close");
        if (ex.getRequestHeaders().containsKey("Authorization")) {
            authorized.incrementAndGet();
            ex.sendResponseHeaders(400, -1);
            ex.close();
            return;
        }
        Path file = root.resolve(ex.getRequestURI().getPath().substring(1)).normalize();
        String range = ex.getRequestHeaders().getFirst("Range");
        ranges.add(range == null ? "-" : range);
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        byte[] all = Files.readAllBytes(file);
        ex.getResponseHeaders()
                .set(
                        "Last-Modified",
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(
                                        Files.getLastModifiedTime(file).toMillis())
                                .atOffset(ZoneOffset.UTC)));
        ex.getResponseHeaders().set("Accept-Ranges", "bytes");
        int from = 0;
        int to = all.length - 1;
        int status = 200;
        Matcher m = range == null ? null : RANGE.matcher(range);
        if (m != null && m.matches()) {
            from = Integer.parseInt(m.group(1));
            to = m.group(2).isEmpty() ? all.length - 1 : Math.min(all.length - 1, Integer.parseInt(m.group(2)));
            if (from >= all.length) {
                ex.getResponseHeaders().set("Content-Range", "bytes */" + all.length);
                ex.sendResponseHeaders(416, -1);
                ex.close();
                return;
            }
            status = 206;
            ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + all.length);
        }
        int length = to - from + 1;
        ex.sendResponseHeaders(status, length);
        boolean cut = length > 1 && cutShort.getAndUpdate(c -> Math.max(0, c - 1)) > 0;
        try (OutputStream out = ex.getResponseBody()) {
            out.write(all, from, cut ? length / 2 : length);
        } catch (IOException clientWentAway) {
            // FFmpeg closes a connection it no longer needs after a seek
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
