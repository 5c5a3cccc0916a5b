package dev.clipsift.app.help;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.settings.Secrets;
import dev.clipsift.app.settings.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagnostics zip: versions of the real FFmpeg build loaded, settings and environment without secrets, logs. */
class DiagnosticsTest {
    @TempDir
    Path tmp;

    private static Map<String, String> read(Path zip) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                out.put(e.getName(), new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void theZipHoldsVersionsSettingsEnvironmentAndLogsWithEverySecretRemoved() throws IOException {
        String awsSecret = "aws-" + UUID.randomUUID();
        String password = "pw-" + UUID.randomUUID();
        Path logs = Files.createDirectories(tmp.resolve("logs"));
        Files.writeString(logs.resolve("workbench.log"), "today: signed with " + awsSecret + "\n");
        try (OutputStream gz =
                new GZIPOutputStream(Files.newOutputStream(logs.resolve("workbench.2026-12-01.0.log.gz")))) {
            gz.write(("yesterday: " + awsSecret + " again\n").getBytes(StandardCharsets.UTF_8));
        }
        Settings settings = new Settings(
                        new Settings.S3("team", "http://minio.local:9000", "eu-west-1", true),
                        new Settings.Captioning("http://bob:" + password + "@vlm.local:8000/v1", "some-model"),
                        1,
                        4,
                        null,
                        256L,
                        List.of())
                .withRecent("https://example.org/clip.mp4?X-Amz-Signature=" + password);
        Map<String, String> env =
                Map.of("AWS_SECRET_ACCESS_KEY", awsSecret, "CLIPSIFT_PREVIEW_CACHE_MB", "300", "HOME", "/home/someone");

        Path zip = tmp.resolve("out/diagnostics.zip");
        new Diagnostics(logs, Secrets.inMemory(), env).export(zip, settings);

        Map<String, String> entries = read(zip);
        assertThat(entries.keySet())
                .containsExactlyInAnyOrder(
                        "versions.txt",
                        "settings.json",
                        "environment.txt",
                        "logs/workbench.log",
                        "logs/workbench.2026-12-01.0.log");
        entries.forEach((name, text) -> assertThat(text).as(name).doesNotContain(awsSecret, password));
        assertThat(entries.get("versions.txt"))
                .contains("ClipSift: ", "Java: " + System.getProperty("java.version"))
                .containsPattern("FFmpeg: \\S+ \\(libavcodec \\d+\\.\\d+\\.\\d+\\)")
                .containsPattern("FFmpeg licence: \\S");
        assertThat(entries.get("settings.json"))
                .contains("http://vlm.local:8000/v1", "\"profile\" : \"team\"", "https://example.org/clip.mp4\"");
        assertThat(entries.get("environment.txt"))
                .contains("AWS_SECRET_ACCESS_KEY=(set)", "CLIPSIFT_PREVIEW_CACHE_MB=300")
                .doesNotContain("HOME");
        assertThat(entries.get("logs/workbench.log")).isEqualTo("today: signed with [secret removed]\n");
        assertThat(entries.get("logs/workbench.2026-12-01.0.log")).isEqualTo("yesterday: [secret removed] again\n");
        try (var left = Files.list(zip.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()).toList())
                    .as("no temp file left beside the zip")
                    .containsExactly("diagnostics.zip");
        }
    }
}
