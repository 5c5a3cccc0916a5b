package dev.clipsift.source;

import dev.clipsift.TestData;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Real rclone remotes for tests: a folder of shared videos ({@code videos/bikes.mp4},
 * {@code videos/street/carphone_pristine.mp4}, plus a hidden file and a text file that are not listed), an rclone
 * config written here with a local-backend remote {@code media} over it, and {@code rclone serve webdav} on a
 * loopback port as the WebDAV remote {@code dav} (stopped on close).
 */
public final class RcloneRemotes implements AutoCloseable {
    private final Path root;
    private final Path config;
    private Process webdav;

    public RcloneRemotes(Path dir) throws IOException {
        root = Files.createDirectories(dir.resolve("remote"));
        Path videos = Files.createDirectories(root.resolve("videos/street"));
        Files.copy(TestData.video("bikes.mp4"), root.resolve("videos/bikes.mp4"));
        Files.copy(TestData.video("carphone_pristine.mp4"), videos.resolve("carphone_pristine.mp4"));
        Files.writeString(root.resolve("videos/notes.txt"), "not a video");
        Files.copy(TestData.video("bikes.mp4"), root.resolve("videos/.hidden.mp4"));
        config = dir.resolve("rclone.conf");
        Files.writeString(config, "[media]\ntype = local\n", StandardCharsets.UTF_8);
    }

    /** The rclone config file the remotes are in. */
    public Path config() {
        return config;
    }

    /** The folder of the videos as the local-backend remote names it: {@code rclone:media:/.../videos}. */
    public String mediaVideos() {
        return "rclone:media:" + root.resolve("videos");
    }

    public Path file(String relative) {
        return root.resolve("videos").resolve(relative);
    }

    /** Serves the remote's folder over WebDAV on loopback and adds it to the config as {@code dav}. */
    public String startWebdav() throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        webdav = new ProcessBuilder(
                        "rclone",
                        "--config",
                        config.toString(),
                        "serve",
                        "webdav",
                        root.toString(),
                        "--addr",
                        "127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!listening(port)) {
            if (webdav.waitFor(100, TimeUnit.MILLISECONDS) || System.nanoTime() > deadline) {
                throw new IOException("rclone serve webdav did not start on port " + port);
            }
        }
        Files.writeString(
                config,
                "[dav]\ntype = webdav\nurl = http://127.0.0.1:" + port + "/\nvendor = other\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        return "rclone:dav:videos";
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (webdav != null) {
            webdav.destroyForcibly();
        }
    }
}
