package dev.clipsift.app.settings;

import dev.clipsift.io.SizeCappedFolder;
import dev.clipsift.preview.PreviewCache;
import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.source.S3Settings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the user set in the Settings dialog, as {@code settings.json} holds it: the S3 defaults for opening a
 * bucket, the captioning server and model a new run starts with, the device (GPUs; 0 is the CPU only), threads,
 * the cache folder and the preview cache's size limit, and the recent sources. Never a secret: the API key lives in
 * {@link Secrets}. Unset values (null) mean the engine's defaults; the environment variables that set the same
 * things today ({@code CLIPSIFT_CACHE}, {@code CLIPSIFT_PREVIEW_CACHE_MB}, {@code CLIPSIFT_GPUS}) win over these.
 */
public record Settings(
        S3 s3,
        Captioning captioning,
        @Nullable Integer gpus,
        @Nullable Integer threads,
        @Nullable String cacheDir,
        @Nullable Long previewCacheMb,
        List<String> recentSources) {

    /** Recent sources remembered. */
    public static final int RECENT_KEPT = 10;

    /** The S3 options a bucket is opened with unless changed in the window. */
    public record S3(@Nullable String profile, @Nullable String endpoint, @Nullable String region, boolean pathStyle) {
        public S3Settings toS3Settings() {
            return new S3Settings(profile, endpoint == null ? null : URI.create(endpoint), region, pathStyle);
        }
    }

    /** The OpenAI-compatible captioning server and model a new run starts with. */
    public record Captioning(@Nullable String endpoint, @Nullable String model) {}

    public Settings {
        s3 = s3 == null ? new S3(null, null, null, false) : s3;
        captioning = captioning == null ? new Captioning(null, null) : captioning;
        recentSources = recentSources == null ? List.of() : List.copyOf(recentSources);
    }

    public static Settings defaults() {
        return new Settings(null, null, null, null, null, null, List.of());
    }

    /** These settings with {@code spec} first among the recent sources (once), the oldest beyond {@link #RECENT_KEPT} dropped. */
    public Settings withRecent(String spec) {
        List<String> recent = new ArrayList<>();
        recent.add(spec);
        recentSources.stream()
                .filter(s -> !s.equals(spec))
                .limit(RECENT_KEPT - 1)
                .forEach(recent::add);
        return new Settings(s3, captioning, gpus, threads, cacheDir, previewCacheMb, recent);
    }

    /** These settings with what the dialog edits replaced and the recent sources kept. */
    public Settings withEdits(Settings edited) {
        return new Settings(
                edited.s3,
                edited.captioning,
                edited.gpus,
                edited.threads,
                edited.cacheDir,
                edited.previewCacheMb,
                recentSources);
    }

    /** {@code text} without the user, password, query and fragment when it is a URL with a host; else as it is. */
    public static @Nullable String withoutCredentials(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            URI u = new URI(text);
            if (u.getHost() == null || (u.getUserInfo() == null && u.getQuery() == null && u.getFragment() == null)) {
                return text;
            }
            return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return text;
        }
    }

    /** Whether {@code spec} may be kept among the recent sources: not when it carries a user, password or query. */
    public static boolean rememberable(String spec) {
        return spec.equals(withoutCredentials(spec));
    }

    /** The cache folder in use: {@code $CLIPSIFT_CACHE} when set, else this setting, else the XDG default. */
    public Path effectiveCacheDir() {
        String own = System.getenv("CLIPSIFT_CACHE");
        return (own != null && !own.isBlank()) || cacheDir == null ? ProbeCache.defaultDir() : Path.of(cacheDir);
    }

    /** The preview cache's limit in bytes: {@code $CLIPSIFT_PREVIEW_CACHE_MB} when set, else this setting, else 2 GiB. */
    public long effectivePreviewCacheBytes() {
        return SizeCappedFolder.limitFromEnv(
                PreviewCache.LIMIT_ENV, previewCacheMb == null ? PreviewCache.DEFAULT_LIMIT_MB : previewCacheMb);
    }

    /** Threads that probe files and make previews: this setting, else the engine's default. */
    public int effectiveThreads() {
        return threads == null ? ProbeService.defaultThreads() : threads;
    }
}
