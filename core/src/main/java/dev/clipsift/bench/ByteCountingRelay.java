package dev.clipsift.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on loopback in front of an HTTP endpoint that counts the requests and the bytes flowing back
 * to clients, so a benchmark can report what each read strategy costs on the wire. It can also imitate a
 * distant server: each request is held for a round-trip time, and each connection's answer is paced to a
 * bandwidth. For benchmarks only.
 */
final class ByteCountingRelay implements AutoCloseable {
    private final ServerSocket server;
    private final String host;
    private final int port;
    private final AtomicLong toClients = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final long rttMs;
    private final long bytesPerSecond;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "relay");
        t.setDaemon(true);
        return t;
    });

    /** {@code rttMs} 0 and {@code bytesPerSecond} 0: no added latency, no pacing. */
    ByteCountingRelay(URI target, long rttMs, long bytesPerSecond) throws IOException {
        this.rttMs = rttMs;
        this.bytesPerSecond = bytesPerSecond;
        this.host = target.getHost();
        this.port = target.getPort() > 0 ? target.getPort() : 80;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(this::acceptLoop);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    long bytesToClients() {
        return toClients.get();
    }

    long connections() {
        return connections.get();
    }

    long requests() {
        return requests.get();
    }

    void reset() {
        requests.set(0);
        toClients.set(0);
        connections.set(0);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                upstream.connect(new InetSocketAddress(host, port));
                connections.incrementAndGet();
                pool.execute(() -> pump(client, upstream, false));
                pool.execute(() -> pump(upstream, client, true));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean answers) {
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (!answers && startsRequest(buf, n)) {
                    requests.incrementAndGet();
                    Thread.sleep(rttMs);
                }
                out.write(buf, 0, n);
                if (answers) {
                    toClients.addAndGet(n);
                    if (bytesPerSecond > 0) {
                        Thread.sleep(n * 1000L / bytesPerSecond);
                    }
                }
            }
        } catch (IOException | InterruptedException closed) {
            // one side hung up (or the relay closes): close both
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static boolean startsRequest(byte[] buf, int n) {
        String head = new String(buf, 0, Math.min(n, 8), java.nio.charset.StandardCharsets.US_ASCII);
        return head.startsWith("GET ")
                || head.startsWith("HEAD ")
                || head.startsWith("PUT ")
                || head.startsWith("POST ");
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        pool.shutdownNow();
    }
}
