package dev.clipsift.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An OpenAI-compatible server on loopback that answers every chat completion at once with a fixed caption,
 * having read the whole request: a model that takes no time, so a benchmark against it measures what ClipSift
 * itself spends per request (sampling frames, encoding images, building and sending the request, reading the
 * answer). It serves the one model {@link #MODEL}.
 */
public final class InstantVlmServer implements AutoCloseable {
    public static final String MODEL = "instant";
    private static final byte[] MODELS = ("{\"object\":\"list\",\"data\":[{\"id\":\"" + MODEL
                    + "\",\"object\":\"model\"}]}")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] ANSWER = ("{\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":"
                    + "{\"role\":\"assistant\",\"content\":\"A caption.\"}}],\"usage\":{\"prompt_tokens\":1,"
                    + "\"completion_tokens\":3}}")
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService pool;
    private final AtomicLong requestBytes = new AtomicLong();

    public InstantVlmServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        pool = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "instant-vlm");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/v1/models", ex -> answer(ex, MODELS));
        server.createContext("/v1/chat/completions", ex -> {
            try (InputStream in = ex.getRequestBody()) {
                requestBytes.addAndGet(in.transferTo(OutputStreamSink.INSTANCE));
            }
            answer(ex, ANSWER);
        });
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Bytes of request bodies received. */
    public long requestBytes() {
        return requestBytes.get();
    }

    private static void answer(HttpExchange ex, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    /** Where request bodies go once counted. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
