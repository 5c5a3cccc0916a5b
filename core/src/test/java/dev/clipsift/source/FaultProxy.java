package dev.clipsift.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * An HTTP proxy on loopback in front of a real server that injects faults: per request (numbered from 1)
 * a policy answers 503 SlowDown, drops the connection without an answer, forwards the request but
 * zeroes the answer's body (a misbehaving cache), or forwards it untouched. The policy sees the raw path
 * and query.
 */
public final class FaultProxy implements AutoCloseable {
    public enum Fault {
        NONE,
        SLOW_DOWN,
        DROP,
        GARBLE
    }

    private static final Set<String> HOP_HEADERS = Set.of(
            "host",
            "connection",
            "content-length",
            "expect",
            "upgrade",
            "transfer-encoding",
            "keep-alive",
            "date",
            "via",
            "warning",
            "from");
    private final HttpServer server;
    private final URI target;
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private volatile BiFunction<Integer, String, Fault> policy = (n, path) -> Fault.NONE;

    public FaultProxy(URI target) throws IOException {
        this.target = target;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fault-proxy");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Decides each request's fault from its number (1-based) and its path. */
    public void policy(BiFunction<Integer, String, Fault> p) {
        requests.set(0);
        seen.clear();
        policy = p;
    }

    public int requests() {
        return requests.get();
    }

    /** Method, path (with query) and Range header of every request seen since the last policy change. */
    public List<String> seen() {
        return seen;
    }

    private void handle(HttpExchange ex) throws IOException {
        int n = requests.incrementAndGet();
        String path = ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() != null
                        ? "?" + ex.getRequestURI().getRawQuery()
                        : "");
        seen.add(ex.getRequestMethod() + " " + path + " "
                + ex.getRequestHeaders().getFirst("Range"));
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        switch (policy.apply(n, path)) {
            case SLOW_DOWN -> {
                byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code>"
                                + "<Message>Please reduce your request rate.</Message></Error>")
                        .getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/xml");
                ex.sendResponseHeaders(503, xml.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(xml);
                }
            }
            case DROP -> ex.close();
            case GARBLE -> forward(ex, body, true);
            case NONE -> forward(ex, body, false);
        }
    }

    private void forward(HttpExchange ex, byte[] body, boolean garble) throws IOException {
        URI uri = URI.create(target
                + ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() != null
                        ? "?" + ex.getRequestURI().getRawQuery()
                        : ""));
        HttpRequest.Builder b =
                HttpRequest.newBuilder(uri).method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
            if (!HOP_HEADERS.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                for (String v : h.getValue()) {
                    b.header(h.getKey(), v);
                }
            }
        }
        HttpResponse<byte[]> resp;
        try {
            resp = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ex.close();
            return;
        }
        resp.headers().map().forEach((k, vs) -> {
            if (!HOP_HEADERS.contains(k.toLowerCase(java.util.Locale.ROOT)) && !k.startsWith(":")) {
                vs.forEach(v -> ex.getResponseHeaders().add(k, v));
            }
        });
        // one request per connection: the JDK server's keep-alive is not what this proxy tests
        ex.getResponseHeaders().set("Connection", "close");
        byte[] out = garble ? new byte[resp.body().length] : resp.body();
        boolean noBody = ex.getRequestMethod().equals("HEAD") || out.length == 0;
        ex.sendResponseHeaders(resp.statusCode(), noBody ? -1 : out.length);
        if (!noBody) {
            try (OutputStream o = ex.getResponseBody()) {
                o.write(out);
            }
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
