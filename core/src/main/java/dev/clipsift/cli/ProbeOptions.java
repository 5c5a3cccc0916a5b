package dev.clipsift.cli;

import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeService;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that probe files. */
final class ProbeOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Files probed at once (default: the number of cores; at least 8 for remote sources).")
    Integer threads;

    @Option(names = "--no-cache", description = "Probe every file again instead of reusing cached results.")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where probe results and downloaded remote videos are cached (default: $CLIPSIFT_CACHE, else $XDG_CACHE_HOME/clipsift, else ~/.cache/clipsift).")
    Path cacheDir;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    int threads() {
        return threads != null ? threads : ProbeService.defaultThreads();
    }

    /** Remote reads wait on the network more than on the CPU: more of them at once (docs/bench-s3.md). */
    int threads(boolean remote) {
        return threads != null || !remote ? threads() : Math.max(8, ProbeService.defaultThreads());
    }

    private Path cacheDir() {
        return cacheDir != null ? cacheDir : ProbeCache.defaultDir();
    }

    /** Where whole remote videos are downloaded (--remote-read download): {@code downloads/} in the cache folder. */
    Path downloadDir() {
        return cacheDir().resolve("downloads");
    }

    /** The probe cache, or null with --no-cache. */
    ProbeCache openCache() throws IOException {
        if (noCache) {
            return null;
        }
        return ProbeCache.open(cacheDir().resolve("probe-cache.jsonl"));
    }
}
