package dev.clipsift.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code clipsift} command line started as a child process of the benchmark, with this JVM's own java
 * and class path: what a script that runs {@code clipsift split} or {@code clipsift probe} pays, JVM start-up
 * and native library loading included.
 */
final class ClipSiftProcess {
    private ClipSiftProcess() {}

    static List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.clipsift.cli.Main"));
        cmd.addAll(args);
        return cmd;
    }
}
