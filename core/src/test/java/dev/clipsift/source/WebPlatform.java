package dev.clipsift.source;

import dev.clipsift.TestData;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A web platform on loopback for yt-dlp: a page ({@code /page.html}, read by yt-dlp's generic extractor) showing
 * a real video ({@code /clip.mp4}, the shared carphone_pristine.mp4), served by {@link ClipServer} (404 for anything
 * else), and info JSONs as a platform's extractor gives them (formats, uploader, upload date, licence).
 */
public final class WebPlatform implements AutoCloseable {
    public static final String TITLE = "Carphone on loopback";
    private final Path root;
    private final ClipServer server;

    public WebPlatform(Path root) throws IOException {
        this.root = Files.createDirectories(root);
        Files.copy(TestData.video("carphone_pristine.mp4"), root.resolve("clip.mp4"));
        Files.copy(TestData.video("bikes.mp4"), root.resolve("tall.mp4"));
        Files.writeString(
                root.resolve("page.html"),
                "<html><head><title>" + TITLE + "</title></head><body><video src=\"clip.mp4\" controls></video>"
                        + "</body></html>",
                StandardCharsets.UTF_8);
        server = new ClipServer(root);
    }

    public String page() {
        return server.url("page.html").toString();
    }

    public String missingPage() {
        return server.url("gone.html").toString();
    }

    /** The bytes of the video the page shows. */
    public Path servedClip() {
        return root.resolve("clip.mp4");
    }

    /** The bytes of the tall stream {@link #infoJson} offers besides the page's video. */
    public Path servedTall() {
        return root.resolve("tall.mp4");
    }

    /**
     * An info JSON as a platform's extractor writes it: the page's video as a 360-pixel H.264 stream, a 2160-pixel
     * one (tall.mp4) and an HLS one (never chosen: pieces to join), with {@code license} (null: none).
     */
    public Path infoJson(Path file, String license) throws IOException {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", "carphone-1");
        info.put("title", "Carphone, licensed");
        info.put("webpage_url", page());
        info.put("extractor", "generic");
        info.put("extractor_key", "Generic");
        info.put("uploader", "Jane Doe");
        info.put("upload_date", "20240105");
        if (license != null) {
            info.put("license", license);
        }
        info.put(
                "formats",
                List.of(
                        format("tall", "tall.mp4", "http", 2160),
                        format("small", "clip.mp4", "http", 360),
                        format("hls", "clip.m3u8", "m3u8_native", 480)));
        Files.writeString(file, Json.mapper().writeValueAsString(info), StandardCharsets.UTF_8);
        return file;
    }

    private Map<String, Object> format(String id, String file, String protocol, int height) {
        return Map.of(
                "format_id",
                id,
                "url",
                server.url(file).toString(),
                "ext",
                "mp4",
                "protocol",
                protocol,
                "height",
                height,
                "vcodec",
                "avc1.42001E",
                "acodec",
                "mp4a.40.2");
    }

    @Override
    public void close() {
        server.close();
    }
}
