package dev.clipsift.source;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code rclone serve http} over one remote folder, on a loopback port, so that FFmpeg can read a file in place with
 * ranged GETs (only the headers it needs cross the network). The server answers under a random base path only, so
 * other local users cannot read the remote through it by guessing the port; it stops when closed.
 */
final class RcloneServer implements AutoCloseable {
    private static final long START_TIMEOUT_MS = 60_000;

    private final ExternalTool.Run run;
    private final int port;
    private final String base;

    private RcloneServer(ExternalTool.Run run, int port, String base) {
        this.run = run;
        this.port = port;
        this.base = base;
    }

    /** Starts the server with rclone's {@code options} (its config file) over {@code fs}; waits until it answers. */
    static RcloneServer start(ExternalTool rclone, List<String> options, String fs, RcloneLocation location) {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String base = HexFormat.of().formatHex(secret);
        SourceException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            List<String> args = new ArrayList<>(options);
            args.addAll(List.of("serve", "http", fs, "--addr", "127.0.0.1:" + port, "--baseurl", "/" + base));
            ExternalTool.Run run = rclone.start(args, ProcessBuilder.Redirect.DISCARD);
            try {
                awaitListening(run, port, location);
                return new RcloneServer(run, port, base);
            } catch (SourceException e) {
                run.close();
                last = e;
            }
        }
        throw last;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new SourceException("no free loopback port for rclone serve: " + e.getMessage(), e);
        }
    }

    /** Waits (for the process to end or a short while) until the port accepts a connection; fails if rclone quits. */
    private static void awaitListening(ExternalTool.Run run, int port, RcloneLocation location) {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                if (run.process().waitFor(50, TimeUnit.MILLISECONDS)) {
                    throw new SourceException(
                            "rclone serve stopped: " + RcloneErrors.describe(run.errorText(), location));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceException("cancelled while rclone serve was starting", e);
            }
        }
        throw new SourceException("rclone serve did not start listening within " + START_TIMEOUT_MS / 1000 + " s");
    }

    /** The URL of {@code relative} (a '/'-separated path below the served folder). */
    String url(String relative) {
        return "http://127.0.0.1:" + port + "/" + base + "/" + HfLocation.encode(relative, true);
    }

    @Override
    public void close() {
        run.close();
    }
}
