package dev.clipsift.app.help;

import dev.clipsift.app.settings.Secrets;
import dev.clipsift.app.settings.Settings;
import dev.clipsift.io.AtomicFiles;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Help &gt; Export diagnostics: one zip with {@code versions.txt} (ClipSift, Java, OS, JavaFX, the FFmpeg build),
 * {@code settings.json} with anything secret-looking removed, {@code environment.txt} (ClipSift's variables,
 * secret ones only as "set") and the newest log files under {@code logs/} (rotated ones unpacked). Every known secret (the API key held
 * now, secret environment variables) is replaced in all of it, logs included. Written atomically.
 */
public final class Diagnostics {
    /** Newest log files taken. */
    static final int LOG_FILES = 5;
    /** What stands where a secret was. */
    static final String REMOVED = "[secret removed]";

    private final Path logDir;
    private final Secrets secrets;
    private final Map<String, String> env;

    public Diagnostics(Path logDir, Secrets secrets, Map<String, String> env) {
        this.logDir = logDir;
        this.secrets = secrets;
        this.env = env;
    }

    /** Writes the zip to {@code target}. */
    public void export(Path target, Settings settings) throws IOException {
        List<String> hidden = secretValues();
        Path tmp = AtomicFiles.tempFor(target);
        try (OutputStream out = Files.newOutputStream(tmp);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "versions.txt", scrub(Versions.text(), hidden));
            put(zip, "settings.json", scrub(Json.write(withoutSecrets(settings)) + "\n", hidden));
            put(zip, "environment.txt", scrub(environment(), hidden));
            for (Path log : newestLogs()) {
                String name = log.getFileName().toString();
                put(zip, "logs/" + name.replaceFirst("\\.gz$", ""), scrub(logText(log), hidden));
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        AtomicFiles.commit(tmp, target);
    }

    /** The settings with user, password and query taken out of every URL (recent sources included). */
    static Settings withoutSecrets(Settings s) {
        return new Settings(
                new Settings.S3(
                        s.s3().profile(),
                        Settings.withoutCredentials(s.s3().endpoint()),
                        s.s3().region(),
                        s.s3().pathStyle()),
                new Settings.Captioning(
                        Settings.withoutCredentials(s.captioning().endpoint()),
                        s.captioning().model()),
                s.gpus(),
                s.threads(),
                s.cacheDir(),
                s.previewCacheMb(),
                s.recentSources().stream().map(Settings::withoutCredentials).toList());
    }

    private String environment() {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(env).forEach((k, v) -> {
            if (k.startsWith("CLIPSIFT_") || k.startsWith("XDG_") || k.startsWith("AWS_")) {
                b.append(k).append('=').append(secretName(k) ? "(set)" : v).append('\n');
            }
        });
        return b.toString();
    }

    private List<String> secretValues() {
        Stream<String> fromEnv =
                env.entrySet().stream().filter(e -> secretName(e.getKey())).map(Map.Entry::getValue);
        return Stream.concat(secrets.known().stream(), fromEnv)
                .filter(v -> v != null && v.length() >= 4) // a one-letter "secret" would blank out the whole zip
                .distinct()
                .toList();
    }

    static boolean secretName(String variable) {
        String v = variable.toUpperCase(Locale.ROOT);
        return v.contains("KEY") || v.contains("SECRET") || v.contains("TOKEN") || v.contains("PASSWORD");
    }

    private static String scrub(String text, List<String> hidden) {
        String out = text;
        for (String h : hidden) {
            out = out.replace(h, REMOVED);
        }
        return out;
    }

    private List<Path> newestLogs() throws IOException {
        if (!Files.isDirectory(logDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(logDir)) {
            return files.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(Diagnostics::modified).reversed())
                    .limit(LOG_FILES)
                    .toList();
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** A log file's text; a rotated one is gzipped. */
    private static String logText(Path log) throws IOException {
        try (InputStream in = log.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(log))
                : Files.newInputStream(log)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
