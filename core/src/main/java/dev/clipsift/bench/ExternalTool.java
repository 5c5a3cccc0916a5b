package dev.clipsift.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A reference program (Debian's ffmpeg/ffprobe, PySceneDetect) that benchmarks time beside ClipSift.
 * Benchmarks only: ClipSift itself never runs these.
 */
public final class ExternalTool {
    private ExternalTool() {}

    /** The program's path on PATH, if installed. */
    public static Optional<Path> find(String name) {
        String pathVar = System.getenv("PATH");
        if (pathVar == null) {
            return Optional.empty();
        }
        for (String dir : pathVar.split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Runs a command to completion, output discarded; returns its exit code. */
    public static int run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor();
    }
}
