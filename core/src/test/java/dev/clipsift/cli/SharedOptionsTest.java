package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.probe.ProbeCache;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class SharedOptionsTest {
    @Command(name = "takes-all")
    static final class TakesAll {
        @Mixin
        SharedOptions.All shared;
    }

    private static SharedOptions.All parse(String... args) {
        TakesAll command = new TakesAll();
        new CommandLine(command).parseArgs(args);
        return command.shared;
    }

    @Test
    void defaultsAreTheCoresTheDefaultCacheAndProgressOn() {
        SharedOptions.All c = parse();
        int cores = Runtime.getRuntime().availableProcessors();

        assertThat(c.threads.get()).isEqualTo(cores);
        assertThat(c.threads.get(false)).isEqualTo(cores);
        assertThat(c.threads.get(true))
                .isGreaterThanOrEqualTo(SharedOptions.Threads.REMOTE_MINIMUM)
                .isGreaterThanOrEqualTo(cores);
        assertThat(c.quiet.get()).isFalse();
        assertThat(c.cacheDir.get()).isEqualTo(ProbeCache.defaultDir());
        assertThat(c.cacheDir.downloads()).isEqualTo(ProbeCache.defaultDir().resolve("downloads"));
    }

    @Test
    void givenValuesWinEvenForRemoteSources() {
        SharedOptions.All c = parse("--threads", "3", "-q", "--cache-dir", "/tmp/cs");

        assertThat(c.threads.get()).isEqualTo(3);
        assertThat(c.threads.get(true)).isEqualTo(3);
        assertThat(c.quiet.get()).isTrue();
        assertThat(c.cacheDir.downloads()).isEqualTo(Path.of("/tmp/cs", "downloads"));
    }
}
