package dev.clipsift.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A reference program (Debian's ffmpeg/ffprobe, PySceneDetect's Python, or ClipSift's own CLI as a child
 * process) that benchmarks time beside ClipSift. Benchmarks only: ClipSift itself never runs these.
 */
public final class ExternalTool {
    private ExternalTool() {}

    /** How a run ended: exit code, stdout and stderr together, and wall-clock seconds from start to exit. */
    public record Completed(int exitCode, String output, double wallS) {
        public boolean ok() {
            return exitCode == 0;
        }

        /** The last non-blank line of the output ("" when none): where Python and ffmpeg put their error. */
        public String lastLine() {
            List<String> lines = output.strip().lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
        }
    }

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

    /** Runs a command to completion and times it, process start-up included. */
    public static Completed run(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        return new Completed(code, output, (System.nanoTime() - t0) / 1e9);
    }

    /** As {@link #run}, failing with the command's last output line when it exits non-zero. */
    public static Completed runOk(List<String> command) throws IOException, InterruptedException {
        Completed c = run(command);
        if (!c.ok()) {
            throw new IOException(command.get(0) + " failed (exit " + c.exitCode() + "): " + c.lastLine());
        }
        return c;
    }
}
