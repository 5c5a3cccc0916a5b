package dev.clipsift.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.io.Json;
import dev.clipsift.model.Provenance;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What yt-dlp's info JSON says about one video, after its format was chosen: the platform's title, uploader, page
 * URL, upload date ({@code YYYYMMDD}) and licence, and the chosen format's extension and size (when the platform
 * gives it). {@code extractedAt} is when yt-dlp read the page (its {@code epoch}), in ms; it stamps the cached copy.
 */
record YtDlpInfo(
        @Nullable String title,
        @Nullable String uploader,
        @Nullable String pageUrl,
        @Nullable String uploadDate,
        @Nullable String license,
        String ext,
        @Nullable Long sizeBytes,
        @Nullable Long extractedAt) {

    static YtDlpInfo read(Path file) {
        JsonNode n;
        try {
            n = Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new SourceException("yt-dlp's info JSON " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new SourceException("yt-dlp's info JSON " + file + " is not a JSON object");
        }
        if ("playlist".equals(text(n, "_type"))) {
            throw new SourceException("the page is a playlist, not one video: list its videos' page URLs instead");
        }
        String page = text(n, "webpage_url");
        Long size = n.path("filesize").isIntegralNumber() ? n.get("filesize").asLong() : null;
        return new YtDlpInfo(
                text(n, "title"),
                text(n, "uploader") != null ? text(n, "uploader") : text(n, "channel"),
                page == null ? null : shownUrl(page),
                text(n, "upload_date"),
                text(n, "license"),
                text(n, "ext") != null ? text(n, "ext").replaceAll("[^A-Za-z0-9]", "") : "mp4",
                size,
                n.path("epoch").isIntegralNumber() ? n.get("epoch").asLong() * 1000 : null);
    }

    private static @Nullable String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static String shownUrl(String url) {
        URI uri = UrlSource.parse(url);
        return uri == null ? url : UrlRedaction.shown(uri);
    }

    /** The platform's side of the clip records' provenance. */
    Provenance provenance() {
        return new Provenance(license, null, title, uploader, pageUrl, uploadDate);
    }
}
