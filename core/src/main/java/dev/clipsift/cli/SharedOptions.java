package dev.clipsift.cli;

import dev.clipsift.probe.ProbeCache;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options several commands share, each declared once here with its default and help text. A command mixes
 * in the ones it uses ({@code @Mixin SharedOptions.Threads threads;}), so no command accepts an option it ignores.
 */
final class SharedOptions {
    private SharedOptions() {}

    /** {@code --threads N}: how much work runs at once. */
    static final class Threads {
        /** Remote reads wait on the network more than on the CPU: at least this many at once (docs/benchmarks.md). */
        static final int REMOTE_MINIMUM = 8;

        @Option(
                names = "--threads",
                paramLabel = "N",
                description =
                        "How many threads work at once: files probed, videos decoded, clips made (default: the number "
                                + "of cores; at least " + REMOTE_MINIMUM
                                + " when probing remote sources: probe, bench s3).")
        Integer threads;

        /** As given, else the number of cores. */
        int get() {
            return threads != null ? threads : Runtime.getRuntime().availableProcessors();
        }

        /** As given, else the number of cores and at least {@link #REMOTE_MINIMUM} when {@code remote}. */
        int get(boolean remote) {
            return threads != null || !remote ? get() : Math.max(REMOTE_MINIMUM, get());
        }
    }

    /** {@code -q/--quiet}: no progress on stderr. */
    static final class Quiet {
        @Option(
                names = {"-q", "--quiet"},
                description = "No progress on stderr.")
        boolean quiet;

        boolean get() {
            return quiet;
        }
    }

    /** {@code --cache-dir DIR}: where probe results, downloads and staged outputs live. */
    static final class CacheDir {
        @Option(
                names = "--cache-dir",
                paramLabel = "DIR",
                description =
                        "Where probe results, downloaded remote videos (DIR/downloads) and s3:// outputs before "
                                + "upload are kept (default: $CLIPSIFT_CACHE, else $XDG_CACHE_HOME/clipsift, else ~/.cache/clipsift).")
        Path cacheDir;

        /** As given, else {@link ProbeCache#defaultDir()}. */
        Path get() {
            return cacheDir != null ? cacheDir : ProbeCache.defaultDir();
        }

        /** Where remote videos are downloaded: {@code downloads/} in the cache folder. */
        Path downloads() {
            return get().resolve("downloads");
        }
    }

    /** All three, for the commands that take them all (probe, grid, run, resume). */
    static final class All {
        @Mixin
        Threads threads;

        @Mixin
        Quiet quiet;

        @Mixin
        CacheDir cacheDir;
    }
}
